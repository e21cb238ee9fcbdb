package com.techladder.registry.console;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import com.techladder.batch.importing.ImportKind;
import com.techladder.batch.importing.ImportLaunchException;
import com.techladder.batch.importing.UnknownImportKindException;
import com.techladder.batch.text.Message;
import com.techladder.batch.text.MessageException;
import com.techladder.registry.system.MessageWords;
import com.techladder.registry.importing.ImportUploads;

/**
 * Imports in the console: upload a CSV of either kind, watch it (the page polls the imports API), read the rejected
 * rows a page at a time or download them; the newest imports; and empty templates to fill in.
 */
@Controller
@PreAuthorize(ConsoleAccess.STAFF)
class ConsoleImportController {

    static final String LIST_VIEW = "console/imports";
    static final int NEWEST = 50;
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ImportUploads uploads;
    private final ImportHistory history;
    private final ImportPage page;
    private final MessageWords words;
    private final ImportTemplates templates;

    ConsoleImportController(ImportUploads uploads, ImportHistory history, ImportPage page, MessageWords words,
            ImportTemplates templates) {
        this.uploads = uploads;
        this.history = history;
        this.page = page;
        this.words = words;
        this.templates = templates;
    }

    @GetMapping("/console/imports")
    String list(Model model) {
        model.addAttribute("imports", history.newest(NEWEST));
        model.addAttribute("kinds", ImportKind.values());
        return LIST_VIEW;
    }

    /**
     * A file-level refusal (no header, a required column absent …) comes back on the form at once, in the reader's
     * language; anything else runs in the background and the browser moves to the import's page.
     *
     * @param encoding a charset name (UTF-8, GB18030), empty for automatic detection
     */
    @PostMapping("/console/imports")
    String upload(@RequestParam(required = false) String kind, @RequestParam(required = false) String encoding,
            @RequestParam(required = false) MultipartFile file, Locale locale, Model model) throws IOException {
        if (file == null || file.isEmpty() || kind == null) {
            model.addAttribute("uploadError", "console.imports.fileRequired");
            return list(model);
        }
        try (InputStream content = file.getInputStream()) {
            Optional<Charset> chosen = encoding == null || encoding.isBlank()
                    ? Optional.empty() : Optional.of(Charset.forName(encoding.trim()));
            long importId = uploads.start(ImportKind.parse(kind), file.getOriginalFilename(), content, chosen);
            return "redirect:/console/imports/" + importId;
        } catch (MessageException refused) {
            model.addAttribute("uploadRefusal", words.say(refused, locale));
            return list(model);
        } catch (IllegalArgumentException unsupported) {
            model.addAttribute("uploadRefusal", words.say(Message.of("import.file.unsupportedEncoding", encoding), locale));
            return list(model);
        } catch (ImportLaunchException notStarted) {
            // recorded as FAILED with the reason in words: its page says so and how to retry
            return "redirect:/console/imports/" + notStarted.importId();
        }
    }

    /** @param page the page of rejected rows, 0 = the first */
    @GetMapping("/console/imports/{importId}")
    String show(@PathVariable long importId, @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        return this.page.show(importId, page, false, locale, model);
    }

    @GetMapping("/console/imports/templates/{kind}.csv")
    ResponseEntity<byte[]> csvTemplate(@PathVariable String kind) {
        ImportKind k = kind(kind);
        return download(k.code() + "-template.csv", CSV, templates.csv(k));
    }

    @GetMapping("/console/imports/templates/{kind}.xlsx")
    ResponseEntity<byte[]> xlsxTemplate(@PathVariable String kind) throws IOException {
        ImportKind k = kind(kind);
        return download(k.code() + "-template.xlsx", XLSX, templates.xlsx(k));
    }

    private static ImportKind kind(String code) {
        try {
            return ImportKind.parse(code);
        } catch (UnknownImportKindException unknown) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, unknown.getMessage());
        }
    }

    private static ResponseEntity<byte[]> download(String fileName, MediaType type, byte[] body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
