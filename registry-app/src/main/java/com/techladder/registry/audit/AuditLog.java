package com.techladder.registry.audit;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Who did what, and when: the audit trail auditors read. Call {@link #record} after any action an auditor may ask
 * about (launching, replaying, exporting); the user is taken from the security context, and is {@value #SYSTEM} for
 * work nobody signed in started (the nightly schedule). Entries are only ever appended.
 */
@Service
public class AuditLog {

    /** The user name recorded for actions no signed-in user started. */
    public static final String SYSTEM = "system";

    private final JdbcTemplate jdbc;

    AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param action      what was done, UPPER_SNAKE_CASE, e.g. {@code CLASSIFICATION_RUN_LAUNCHED}
     * @param target      what it was done to, e.g. {@code classification-run/12}
     * @param detailsJson a JSON document with the particulars, or null
     */
    public void record(String action, String target, String detailsJson) {
        jdbc.update("INSERT INTO audit_log (occurred_at, username, action, target, details) VALUES (?, ?, ?, ?, ?)",
                Timestamp.valueOf(LocalDateTime.now()), currentUser(), action, target, detailsJson);
    }

    /** Newest first, optionally only one action and only since a time. */
    public List<AuditEntry> list(String action, LocalDateTime since, int limit) {
        return list(action, since, null, limit);
    }

    /** The same, only entries older than entry {@code beforeId} when given: the next page of a long trail. */
    public List<AuditEntry> list(String action, LocalDateTime since, Long beforeId, int limit) {
        StringBuilder sql = new StringBuilder(
                "SELECT id, occurred_at, username, action, target, details FROM audit_log WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (action != null && !action.isBlank()) {
            sql.append(" AND action = ?");
            args.add(action.trim());
        }
        if (since != null) {
            sql.append(" AND occurred_at >= ?");
            args.add(Timestamp.valueOf(since));
        }
        if (beforeId != null) {
            sql.append(" AND id < ?");
            args.add(beforeId);
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), (rs, i) -> new AuditEntry(rs.getLong("id"),
                rs.getTimestamp("occurred_at").toLocalDateTime(), rs.getString("username"), rs.getString("action"),
                rs.getString("target"), rs.getString("details")), args.toArray());
    }

    /** The current user's name: works for any principal type, so no cast to the registry's user class is needed. */
    public static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }
}
