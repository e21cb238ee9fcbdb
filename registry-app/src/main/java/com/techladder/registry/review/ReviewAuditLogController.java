package com.techladder.registry.review;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.techladder.registry.audit.AuditLog;

/** The audit log: who launched, replayed or exported what, and when. */
@Controller
@PreAuthorize(ReviewAccess.AUDIT_LOG_READERS)
class ReviewAuditLogController {

    static final String VIEW = "review/audit-log";
    private static final int LISTED = 500;

    private final AuditLog auditLog;

    ReviewAuditLogController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/review/audit-log")
    String list(@RequestParam(required = false) String action, Model model) {
        model.addAttribute("entries", auditLog.list(action, null, LISTED));
        model.addAttribute("action", action);
        return VIEW;
    }
}
