package com.techladder.registry.importing;

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
            errors.add(new FieldProblem("kind", "缺少导入类型，应为 enterprises 或 certificates"));
        } else {
            try {
                parsedKind = ImportKind.parse(kind);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldProblem("kind", e.getMessage()));
            }
        }
        Optional<Charset> charset = Optional.empty();
        if (encoding != null && !encoding.isBlank()) {
            String name = encoding.trim().toUpperCase(Locale.ROOT);
            if (!ENCODINGS.contains(name)) {
                errors.add(new FieldProblem("encoding", "不支持的编码 '" + encoding + "'，应为 UTF-8 或 GB18030"));
            } else {
                charset = Optional.of(name.equals("UTF-8") ? StandardCharsets.UTF_8 : Charset.forName("GB18030"));
            }
        }
        if (file == null) {
            errors.add(new FieldProblem("file", "缺少上传文件（multipart 字段 file）"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationProblemException("导入请求的参数有误", errors);
        }
        return new ImportRequest(parsedKind, charset, file);
    }

    String fileName() {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? kind.code() + ".csv" : name;
    }
}
