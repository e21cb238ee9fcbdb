package com.techladder.registry.console;

import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The imports for auditors, read-only: the list with who uploaded which file, when and with what result, and each
 * import's page with its rejected rows — the console's pages without the upload form (docs/security.md).
 */
@Controller
@PreAuthorize(ConsoleAccess.IMPORT_READERS)
class ReviewImportController {

    static final String LIST_VIEW = "review/imports";

    private final ImportHistory history;
    private final ImportPage page;

    ReviewImportController(ImportHistory history, ImportPage page) {
        this.history = history;
        this.page = page;
    }

    @GetMapping("/review/imports")
    String list(Model model) {
        model.addAttribute("imports", history.newest(ConsoleImportController.NEWEST));
        return LIST_VIEW;
    }

    /** @param page the page of rejected rows, 0 = the first */
    @GetMapping("/review/imports/{importId}")
    String show(@PathVariable long importId, @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        return this.page.show(importId, page, true, locale, model);
    }
}
