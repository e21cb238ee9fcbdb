package com.techladder.registry.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.ErrorResponseException;

import com.techladder.batch.importing.ImportFileRejectedException;
import com.techladder.batch.importing.ImportLaunchException;
import com.techladder.batch.importing.ImportService;
import com.techladder.batch.importing.ImportStatus;
import com.techladder.registry.system.FieldProblem;
import com.techladder.registry.system.MessageWords;
import com.techladder.registry.system.Problems;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/** CSV uploads and their reports (docs/contracts/http-api.md, Imports); the work itself is batch-import's {@link ImportService}. */
@RestController
@RequestMapping("/api/v1/imports")
@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
@Tag(name = "Imports", description = "openapi.imports.tag")
class ImportController {

    private static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ImportService imports;
    private final ImportUploads uploads;
    private final MessageWords words;
    private final MessageSource messages;

    ImportController(ImportService imports, ImportUploads uploads, MessageWords words, MessageSource messages) {
        this.imports = imports;
        this.uploads = uploads;
        this.words = words;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "openapi.imports.start")
    ResponseEntity<ImportStarted> start(@RequestParam(required = false) String kind,
            @RequestParam(required = false) String encoding,
            @RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        ImportRequest request = ImportRequest.of(kind, encoding, file);
        long importId;
        try (InputStream content = request.file().getInputStream()) {
            importId = uploads.start(request.kind(), request.fileName(), content, request.encoding());
        }
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/imports/" + importId))
                .body(new ImportStarted(String.valueOf(importId), ImportStatus.STARTED));
    }

    @GetMapping("/{importId}")
    @Operation(summary = "openapi.imports.status")
    ImportStatus status(@PathVariable String importId, Locale locale) {
        ImportStatus s = find(importId);
        // stored as a code (batch.text.Message): said in the request's language, zh-CN unless asked otherwise
        return new ImportStatus(s.importId(), s.kind(), s.fileName(), s.sha256(), s.status(), s.read(), s.written(),
                s.rejected(), s.warnings(), words.stored(s.message(), locale), s.encoding(), s.startedBy(),
                s.startedAt(), s.finishedAt());
    }

    /** Streamed: a large file's report may hold many thousand rows. UTF-8 with BOM, so Excel shows the Chinese. */
    @GetMapping("/{importId}/rejections.csv")
    @Operation(summary = "openapi.imports.rejections")
    void rejections(@PathVariable String importId, HttpServletResponse response) throws IOException {
        ImportStatus status = find(importId);
        response.setContentType(TEXT_CSV.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("import-" + status.importId() + "-rejections.csv").build().toString());
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        Locale locale = LocaleContextHolder.getLocale();
        imports.writeRejectionsCsv(status.importId(), out, reason -> words.stored(reason, locale));
        out.flush();
    }

    /** A file-level refusal found at upload time: nothing was written. */
    @ExceptionHandler(ImportFileRejectedException.class)
    ResponseEntity<Object> fileRejected(ImportFileRejectedException e, Locale locale) {
        String reason = words.say(e, locale);
        return ResponseEntity.badRequest().body(Problems.validation(
                messages.getMessage("api.import.refused", new Object[] {reason}, locale),
                List.of(new FieldProblem("file", reason))));
    }

    /** The import was recorded but could not start (the database refused, repeatedly): FAILED, nothing written. */
    @ExceptionHandler(ImportLaunchException.class)
    ResponseEntity<ProblemDetail> launchFailed(ImportLaunchException e) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                words.say(ImportLaunchException.MESSAGE, LocaleContextHolder.getLocale()));
        problem.setProperty("importId", Long.toString(e.importId()));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
    }

    private ImportStatus find(String importId) {
        ErrorResponseException notFound = Problems.status(HttpStatus.NOT_FOUND, "api.import.notFound", importId);
        if (!importId.matches("\\d{1,18}")) {
            throw notFound;
        }
        return imports.find(Long.parseLong(importId)).orElseThrow(() -> notFound);
    }
}
