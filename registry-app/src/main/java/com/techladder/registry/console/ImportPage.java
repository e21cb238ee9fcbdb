package com.techladder.registry.console;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

import com.techladder.batch.importing.ImportService;
import com.techladder.batch.importing.ImportStatus;
import com.techladder.registry.system.MessageWords;

/**
 * What the page of one import shows, for staff (console) and auditors (review) alike: its counts, its summary in the
 * reader's language, whether it completed with rejected rows, and one page of those rows.
 */
@Component
class ImportPage {

    static final String VIEW = "console/import";
    /** Rejected rows listed a page at a time. */
    static final int ROWS = 25;

    /** A rejected row as the page shows it: the column by the name the reader knows, the reason in their language. */
    record RejectionRow(int line, String column, String value, String reason) {
    }

    private final ImportService imports;
    private final ImportRejections rejections;
    private final ImportColumnNames columns;
    private final MessageWords text;

    ImportPage(ImportService imports, ImportRejections rejections, ImportColumnNames columns, MessageWords text) {
        this.imports = imports;
        this.rejections = rejections;
        this.columns = columns;
        this.text = text;
    }

    /** Fills the model for import {@code importId}, rows of page {@code page} (0 = the first); 404 when none. */
    String show(long importId, int page, boolean readOnly, Locale locale, Model model) {
        ImportStatus status = imports.find(importId).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "no import " + importId));
        int total = rejections.count(importId);
        int pageCount = Math.max(1, (total + ROWS - 1) / ROWS);
        int shown = Math.max(0, Math.min(page, pageCount - 1));
        List<RejectionRow> rows = rejections.page(importId, shown * ROWS, ROWS).stream()
                .map(r -> new RejectionRow(r.line(), columns.name(r.column(), locale), r.value(),
                        text.stored(r.reason(), locale)))
                .toList();
        model.addAttribute("importStatus", status);
        model.addAttribute("importMessage", text.stored(status.message(), locale));
        model.addAttribute("rejectionRows", rows);
        model.addAttribute("rejectionTotal", total);
        model.addAttribute("rejectionPage", shown);
        model.addAttribute("rejectionPages", pageCount);
        model.addAttribute("readOnly", readOnly);
        model.addAttribute("pageBase", (readOnly ? "/review/imports/" : "/console/imports/") + importId);
        return VIEW;
    }
}
