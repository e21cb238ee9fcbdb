package com.techladder.registry.audit;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/audit-log}: the audit trail, for auditors and administrators, newest first, at most
 * {@value #MAX_LIMIT} entries a page; {@code before} (the id of the last entry seen) asks for the next page.
 */
@RestController
class AuditLogController {

    private static final int MAX_LIMIT = 1000;

    private final AuditLog auditLog;

    AuditLogController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/api/v1/audit-log")
    @PreAuthorize("hasAnyRole('AUDITOR','ADMIN')")
    List<AuditEntry> list(@RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime since,
            @RequestParam(required = false) Long before, @RequestParam(defaultValue = "100") int limit) {
        return auditLog.list(action, since, before, Math.max(1, Math.min(limit, MAX_LIMIT)));
    }
}
