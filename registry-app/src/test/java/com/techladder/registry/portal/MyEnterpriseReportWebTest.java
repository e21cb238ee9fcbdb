package com.techladder.registry.portal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.techladder.registry.dataerror.DataErrorForm;
import com.techladder.registry.dataerror.DataErrorReport;
import com.techladder.registry.dataerror.DataErrorService;
import com.techladder.registry.enterprise.EnterpriseRecord;
import com.techladder.registry.enterprise.EnterpriseRecords;
import com.techladder.registry.security.Role;
import com.techladder.registry.security.SliceUsers;
import com.techladder.registry.system.WebSlice;

/**
 * 报告数据错误 from 我的企业 in a web slice, the services mocked: a report is stored under the account's USCC (a USCC
 * planted in the form changes nothing) with the registry's name; other roles are refused; CSRF is required.
 */
@WebSlice
class MyEnterpriseReportWebTest {

    private static final String OWN = "91350100M000100Y43";
    private static final String OTHER = "91350100M000200Y12";
    private static final RequestPostProcessor OWN_ACCOUNT = SliceUsers.enterprise("ent-1", OWN, "星河软件有限公司");

    @Autowired
    MockMvc mvc;
    @Autowired
    EnterpriseRecords enterprises;
    @Autowired
    DataErrorService dataErrors;

    @BeforeEach
    void signedInAsOwn() {
        when(enterprises.find(OWN)).thenReturn(Optional.of(new EnterpriseRecord(OWN, "星河软件有限公司", "350102", "鼓楼区",
                true, null, 2024, List.of(), List.of())));
        DataErrorReport stored = mock(DataErrorReport.class);
        when(stored.id()).thenReturn(7L);
        when(dataErrors.report(eq(OWN), any(), any())).thenReturn(stored);
    }

    @Test
    void aReportIsStoredUnderTheAccountsUsccWhateverTheFormCarries() throws Exception {
        mvc.perform(post("/my-enterprise/data-errors").with(csrf()).with(OWN_ACCOUNT)
                        .param("uscc", OTHER)
                        .param("field", "techStaff").param("fiscalYear", "2024")
                        .param("problem", "应为月平均人数").param("correctValue", "45"))
                .andExpect(redirectedUrl("/my-enterprise#my-data-errors"))
                .andExpect(flash().attribute("reported", 7L));
        verify(dataErrors).report(OWN, "星河软件有限公司",
                new DataErrorForm("techStaff", "2024", "应为月平均人数", "45", null));
        verify(dataErrors, never()).report(eq(OTHER), any(), any());
    }

    @Test
    void staffHaveNoEnterpriseToReportFor() throws Exception {
        mvc.perform(post("/my-enterprise/data-errors").with(csrf()).with(SliceUsers.signedIn("staff-1", Role.STAFF))
                        .param("field", "techStaff").param("problem", "x"))
                .andExpect(status().isForbidden());
        verify(dataErrors, never()).report(anyString(), any(), any());
    }

    @Test
    void aReportWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/my-enterprise/data-errors").with(OWN_ACCOUNT)
                        .param("field", "techStaff").param("problem", "x"))
                .andExpect(status().isForbidden());
        verify(dataErrors, never()).report(anyString(), any(), any());
    }
}
