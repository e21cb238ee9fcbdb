package com.techladder.registry.audit;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import com.techladder.registry.system.MessageWords;

/**
 * {@code GET /api/v1/audit-log}: the audit trail, for auditors and administrators, newest first, at most
 * {@value #MAX_LIMIT} entries a page; {@code before} (the id of the last entry seen) asks for the next page. A reason
 * recorded in an entry's details is served in the reader's words, with its code beside them ({@link AuditReason}).
 */
@RestController
class AuditLogController {

    private static final int MAX_LIMIT = 1000;

    private final AuditLog auditLog;
    private final MessageWords words;
    private final ObjectMapper json;

    AuditLogController(AuditLog auditLog, MessageWords words, ObjectMapper json) {
        this.auditLog = auditLog;
        this.words = words;
        this.json = json;
    }

    @GetMapping("/api/v1/audit-log")
    @PreAuthorize("hasAnyRole('AUDITOR','ADMIN')")
    List<AuditEntry> list(@RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime since,
            @RequestParam(required = false) Long before, @RequestParam(defaultValue = "100") int limit,
            Locale locale) {
        return auditLog.list(action, since, before, Math.max(1, Math.min(limit, MAX_LIMIT))).stream()
                .map(e -> said(e, locale)).toList();
    }

    private AuditEntry said(AuditEntry entry, Locale locale) {
        if (entry.details() == null || !entry.details().contains("\"" + AuditReason.FIELD + "\"")) {
            return entry;
        }
        JsonNode details;
        try {
            details = json.readTree(entry.details());
        } catch (JacksonException notJson) {
            return entry;
        }
        if (!(details instanceof ObjectNode object)) {
            return entry;
        }
        return new AuditEntry(entry.id(), entry.occurredAt(), entry.username(), entry.action(), entry.target(),
                json.writeValueAsString(AuditReason.said(object, words, locale)));
    }
}
