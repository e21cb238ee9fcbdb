package com.techladder.registry.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.LocalDateTime;

/**
 * One line of the audit log.
 *
 * @param details JSON, served as JSON (not as a string holding JSON)
 */
public record AuditEntry(long id, LocalDateTime occurredAt, String username, String action, String target,
        @JsonRawValue String details) {
}
