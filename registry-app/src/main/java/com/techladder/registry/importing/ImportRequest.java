package com.techladder.registry.importing;

import com.techladder.batch.importing.UnknownImportKindException;
import com.techladder.batch.text.Message;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.web.multipart.MultipartFile;

import com.techladder.batch.importing.ImportKind;
import com.techladder.registry.system.FieldProblem;
import com.techladder.registry.system.ValidationProblemException;

/** The parameters of an upload, checked together so that every broken one is reported at once. */
record ImportRequest(ImportKind kind, Optional<Charset> encoding, MultipartFile file) {

    /** The contract's encodings; GBK (what older Excel calls it) is read as its superset GB18030. */
    private static final List<String> ENCODINGS = List.of("UTF-8", "GB18030", "GBK");

    static ImportRequest of(String kind, String encoding, MultipartFile file) {
        List<FieldProblem> errors = new ArrayList<>();
        ImportKind parsedKind = null;
        if (kind == null || kind.isBlank()) {
            errors.add(FieldProblem.coded("kind", "api.import.kindMissing"));
        } else {
            try {
                parsedKind = ImportKind.parse(kind);
            } catch (UnknownImportKindException e) {
                errors.add(new FieldProblem("kind", e.text().stored()));
            }
        }
        Optional<Charset> charset = Optional.empty();
        if (encoding != null && !encoding.isBlank()) {
            String name = encoding.trim().toUpperCase(Locale.ROOT);
            if (!ENCODINGS.contains(name)) {
                errors.add(FieldProblem.coded("encoding", "import.file.unsupportedEncoding", encoding));
            } else {
                charset = Optional.of(name.equals("UTF-8") ? StandardCharsets.UTF_8 : Charset.forName("GB18030"));
            }
        }
        if (file == null) {
            errors.add(FieldProblem.coded("file", "api.import.fileMissing"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationProblemException(Message.of("api.import.invalid"), errors);
        }
        return new ImportRequest(parsedKind, charset, file);
    }

    String fileName() {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? kind.code() + ".csv" : name;
    }
}
