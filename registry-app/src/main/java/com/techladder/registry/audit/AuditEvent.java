package com.techladder.registry.audit;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A stored line of the audit log ({@code audit_log}, V5). Appended once and never changed: no setters, no version;
 * the API serves it as an {@link AuditEntry}.
 */
@Entity
@Table(name = "audit_log")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private LocalDateTime occurredAt;
    private String username;
    private String action;
    private String target;
    private String details;

    protected AuditEvent() {
        // for JPA
    }

    AuditEvent(LocalDateTime occurredAt, String username, String action, String target, String details) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.action = action;
        this.target = target;
        this.details = details;
    }

    AuditEntry entry() {
        return new AuditEntry(id, occurredAt, username, action, target, details);
    }
}
