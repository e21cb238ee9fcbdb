package com.techladder.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The audit log stored through JPA: entries carry the signed-in user, come newest first, and each filter (action,
 * since, before an entry, limit) narrows the list.
 */
// @AutoConfigureMockMvc unused here: with it the test runs in the application context the MockMvc tests share
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "audit-log-test")
class AuditLogTest {

    private static final String ACTION = "AUDIT_LOG_TEST";
    private static final String OTHER_ACTION = "AUDIT_LOG_TEST_OTHER";

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void noEntriesOfTheseActions() {
        jdbc.update("DELETE FROM audit_log WHERE action IN (?, ?)", ACTION, OTHER_ACTION);
    }

    @Test
    void entriesComeNewestFirstWithTheUserAndTheirJson() {
        audit.record(ACTION, "thing/1", null);
        audit.record(ACTION, "thing/2", "{\"n\":2}");
        audit.record(OTHER_ACTION, "thing/3", null);

        List<AuditEntry> entries = audit.list(ACTION, null, 10);

        assertThat(entries).extracting(AuditEntry::target).containsExactly("thing/2", "thing/1");
        assertThat(entries).extracting(AuditEntry::username).containsOnly("audit-log-test");
        assertThat(entries.get(0).details()).isEqualTo("{\"n\":2}");
        assertThat(entries.get(1).details()).isNull();
    }

    @Test
    void theLimitAndTheEntryBeforeWhichToContinuePageThroughTheLog() {
        for (int i = 1; i <= 3; i++) {
            audit.record(ACTION, "thing/" + i, null);
        }

        List<AuditEntry> first = audit.list(ACTION, null, null, 2);
        List<AuditEntry> next = audit.list(ACTION, null, first.get(1).id(), 2);

        assertThat(first).extracting(AuditEntry::target).containsExactly("thing/3", "thing/2");
        assertThat(next).extracting(AuditEntry::target).containsExactly("thing/1");
    }

    @Test
    void sinceKeepsOnlyEntriesFromThatTimeOn() {
        audit.record(ACTION, "thing/old", null);
        jdbc.update("UPDATE audit_log SET occurred_at = ? WHERE action = ?", LocalDateTime.now().minusDays(2), ACTION);
        audit.record(ACTION, "thing/new", null);

        assertThat(audit.list(ACTION, LocalDateTime.now().minusDays(1), 10)).extracting(AuditEntry::target)
                .containsExactly("thing/new");
        assertThat(audit.list(" " + ACTION + " ", null, 10)).hasSize(2);
    }
}
