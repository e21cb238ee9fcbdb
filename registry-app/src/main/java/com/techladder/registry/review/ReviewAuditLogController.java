package com.techladder.registry.review;

import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.techladder.registry.audit.AuditEntry;
import com.techladder.registry.audit.AuditLog;

/** The audit log in words: who uploaded, launched, replayed or exported what, and when; older entries a page on. */
@Controller
@PreAuthorize(ReviewAccess.AUDIT_LOG_READERS)
class ReviewAuditLogController {

    static final String VIEW = "review/audit-log";
    static final int LISTED = 100;

    private final AuditLog auditLog;
    private final AuditWords words;

    ReviewAuditLogController(AuditLog auditLog, AuditWords words) {
        this.auditLog = auditLog;
        this.words = words;
    }

    /**
     * @param action only this action (one of {@link AuditWords#ACTIONS}), else all
     * @param before only entries older than this entry id: the next page
     */
    @GetMapping("/review/audit-log")
    String list(@RequestParam(required = false) String action, @RequestParam(required = false) Long before,
            Locale locale, Model model) {
        // List.of's contains refuses null
        String chosen = action != null && AuditWords.ACTIONS.contains(action) ? action : null;
        List<AuditEntry> entries = auditLog.list(chosen, null, before, LISTED);
        model.addAttribute("entries", words.describe(entries, locale));
        model.addAttribute("actions", AuditWords.ACTIONS.stream()
                .map(a -> new String[] {a, words.action(a, locale)}).toList());
        model.addAttribute("action", chosen);
        model.addAttribute("olderThan", entries.size() == LISTED ? entries.get(entries.size() - 1).id() : null);
        return VIEW;
    }
}
