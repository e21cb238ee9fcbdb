package com.techladder.registry.audit;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import com.techladder.registry.system.WebSlice;

/**
 * {@code GET /api/v1/audit-log} in a web slice, the log mocked: auditors and administrators read it, its details as
 * JSON rather than a string, a recorded reason in the reader's words beside its code; the filters reach the log as given; the page size is held between 1 and 1000; staff,
 * enterprises and anonymous callers are refused.
 */
@WebSlice
class AuditLogWebTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 1, 9, 30);

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog log;

    @Test
    @WithMockUser(roles = "AUDITOR")
    void auditorsReadTheEntriesWithTheirDetailsAsJson() throws Exception {
        when(log.list(null, null, null, 100)).thenReturn(List.of(
                new AuditEntry(12, AT, "staff", "CLASSIFICATION_RUN_LAUNCHED", "classification-run/3", "{\"year\":2025}")));

        mvc.perform(get("/api/v1/audit-log"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(12))
                .andExpect(jsonPath("$[0].username").value("staff"))
                .andExpect(jsonPath("$[0].action").value("CLASSIFICATION_RUN_LAUNCHED"))
                .andExpect(jsonPath("$[0].target").value("classification-run/3"))
                .andExpect(jsonPath("$[0].details.year").value(2025));
    }

    @Test
    @WithMockUser(roles = "AUDITOR")
    void aRefusedUploadsReasonIsInTheReadersWordsBesideItsCode() throws Exception {
        when(log.list(null, null, null, 100)).thenReturn(List.of(new AuditEntry(13, AT, "staff", "IMPORT_REFUSED", null,
                "{\"kind\":\"enterprises\",\"fileName\":\"a.csv\",\"reason\":{\"code\":\"import.text.missingColumns\","
                        + "\"args\":[\"district (所属区县)\"]}}")));

        mvc.perform(get("/api/v1/audit-log"))
                .andExpect(jsonPath("$[0].details.fileName").value("a.csv"))
                .andExpect(jsonPath("$[0].details.reason").value("缺少必填列：district (所属区县)"))
                .andExpect(jsonPath("$[0].details.reasonCode").value("import.text.missingColumns"))
                .andExpect(jsonPath("$[0].details.reasonArgs[0]").value("district (所属区县)"));
        mvc.perform(get("/api/v1/audit-log").param("lang", "en"))
                .andExpect(jsonPath("$[0].details.reason").value("Required columns missing: district (所属区县)"))
                .andExpect(jsonPath("$[0].details.reasonCode").value("import.text.missingColumns"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void theFiltersReachTheLogAsGiven() throws Exception {
        mvc.perform(get("/api/v1/audit-log").param("action", "RESULTS_EXPORTED")
                        .param("since", "2026-11-30T08:00:00").param("before", "40").param("limit", "5"))
                .andExpect(status().isOk());
        verify(log).list("RESULTS_EXPORTED", LocalDateTime.of(2026, 11, 30, 8, 0), 40L, 5);
    }

    @Test
    @WithMockUser(roles = "AUDITOR")
    void thePageSizeIsHeldBetweenOneAndOneThousand() throws Exception {
        mvc.perform(get("/api/v1/audit-log").param("limit", "50000")).andExpect(status().isOk());
        verify(log).list(null, null, null, 1000);
        mvc.perform(get("/api/v1/audit-log").param("limit", "0")).andExpect(status().isOk());
        verify(log).list(null, null, null, 1);
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void staffAreRefused() throws Exception {
        mvc.perform(get("/api/v1/audit-log")).andExpect(status().isForbidden());
        verify(log, never()).list(any(), any(), any(), anyInt());
    }

    @Test
    @WithMockUser(roles = "ENTERPRISE")
    void enterprisesAreRefused() throws Exception {
        mvc.perform(get("/api/v1/audit-log")).andExpect(status().isForbidden());
        verify(log, never()).list(any(), any(), any(), anyInt());
    }

    @Test
    void anonymousCallersMustAuthenticate() throws Exception {
        mvc.perform(get("/api/v1/audit-log")).andExpect(status().isUnauthorized());
        verify(log, never()).list(any(), any(), any(), anyInt());
    }
}
