package com.techladder.registry.policy;

import com.techladder.rules.parameter.ParameterTexts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** A version's parameter files as a zip laid out like the repository's {@code parameters/} folder, to commit as is. */
final class ParameterZip {

    private ParameterZip() {
    }

    static byte[] zip(ParameterTexts texts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : texts.files().entrySet()) {
                zip.putNextEntry(new ZipEntry("parameters/" + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static ResponseEntity<byte[]> response(ParameterTexts texts, int version) throws IOException {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("parameters-v" + version + ".zip").build().toString())
                .body(zip(texts));
    }
}
