package com.techladder.registry.audit;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Who did what, and when: the audit trail auditors read. Call {@link #record} after any action an auditor may ask
 * about (launching, replaying, exporting); the user is taken from the security context, and is {@value #SYSTEM} for
 * work nobody signed in started (the nightly schedule). Entries are only ever appended. Stored through JPA
 * ({@link AuditEvent}): one row at a time, inside the caller's transaction when there is one.
 */
@Service
public class AuditLog {

    /** The user name recorded for actions no signed-in user started. */
    public static final String SYSTEM = "system";

    private final AuditEvents events;

    AuditLog(AuditEvents events) {
        this.events = events;
    }

    /**
     * @param action      what was done, UPPER_SNAKE_CASE, e.g. {@code CLASSIFICATION_RUN_LAUNCHED}
     * @param target      what it was done to, e.g. {@code classification-run/12}
     * @param detailsJson a JSON document with the particulars, or null
     */
    public void record(String action, String target, String detailsJson) {
        events.save(new AuditEvent(LocalDateTime.now(), currentUser(), action, target, detailsJson));
    }

    /** Newest first, optionally only one action and only since a time. */
    public List<AuditEntry> list(String action, LocalDateTime since, int limit) {
        return list(action, since, null, limit);
    }

    /** The same, only entries older than entry {@code beforeId} when given: the next page of a long trail. */
    public List<AuditEntry> list(String action, LocalDateTime since, Long beforeId, int limit) {
        Specification<AuditEvent> filter = Specification.unrestricted();
        if (action != null && !action.isBlank()) {
            filter = filter.and((event, query, where) -> where.equal(event.get("action"), action.trim()));
        }
        if (since != null) {
            filter = filter.and((event, query, where) -> where.greaterThanOrEqualTo(event.get("occurredAt"), since));
        }
        if (beforeId != null) {
            filter = filter.and((event, query, where) -> where.lessThan(event.get("id"), beforeId));
        }
        return events.findBy(filter, query -> query.sortBy(Sort.by(Sort.Direction.DESC, "id")).limit(limit).all())
                .stream().map(AuditEvent::entry).toList();
    }

    /** The current user's name: works for any principal type, so no cast to the registry's user class is needed. */
    public static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }
}
