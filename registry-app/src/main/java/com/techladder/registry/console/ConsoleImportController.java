package com.techladder.registry.console;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import com.techladder.batch.importing.ImportFileRejectedException;
import com.techladder.batch.importing.ImportLaunchException;
import com.techladder.batch.importing.ImportKind;
import com.techladder.batch.importing.ImportService;
import com.techladder.registry.audit.AuditLog;

/**
 * Imports in the console: upload a CSV of either kind, watch it (the page polls the imports API), download the
 * rejected rows; and the list of the newest imports.
 */
@Controller
@PreAuthorize(ConsoleAccess.STAFF)
class ConsoleImportController {

    static final String LIST_VIEW = "console/imports";
    static final String IMPORT_VIEW = "console/import";
    private static final int NEWEST = 50;

    private final ImportService importService;
    private final ImportHistory history;

    ConsoleImportController(ImportService importService, ImportHistory history) {
        this.importService = importService;
        this.history = history;
    }

    @GetMapping("/console/imports")
    String list(Model model) {
        model.addAttribute("imports", history.newest(NEWEST));
        model.addAttribute("kinds", ImportKind.values());
        return LIST_VIEW;
    }

    /**
     * A file-level refusal (no header, a required column absent …) comes back on the form at once; anything else
     * runs in the background and the browser moves to the import's page.
     *
     * @param encoding a charset name (UTF-8, GB18030), empty for automatic detection
     */
    @PostMapping("/console/imports")
    String upload(@RequestParam(required = false) String kind, @RequestParam(required = false) String encoding,
            @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty() || kind == null) {
            model.addAttribute("uploadError", "console.imports.fileRequired");
            return list(model);
        }
        try (InputStream content = file.getInputStream()) {
            Optional<Charset> chosen = encoding == null || encoding.isBlank()
                    ? Optional.empty() : Optional.of(Charset.forName(encoding.trim()));
            long importId = importService.start(ImportKind.parse(kind), file.getOriginalFilename(), content, chosen,
                    AuditLog.currentUser());
            return "redirect:/console/imports/" + importId;
        } catch (ImportFileRejectedException | IllegalArgumentException refused) {
            model.addAttribute("uploadRefusal", refused.getMessage());
            return list(model);
        } catch (ImportLaunchException notStarted) {
            // recorded as FAILED with the reason in words: its page says so and how to retry
            return "redirect:/console/imports/" + notStarted.importId();
        }
    }

    @GetMapping("/console/imports/{importId}")
    String show(@PathVariable long importId, Model model) {
        model.addAttribute("importStatus", importService.find(importId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "导入 " + importId + " 不存在")));
        return IMPORT_VIEW;
    }
}
