package com.techladder.registry.dataerror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import com.techladder.registry.dataerror.DataErrorReport.Status;
import com.techladder.registry.system.WebSlice;

/**
 * The staff queue of data error reports in a web slice, the service mocked: staff see the open reports with the
 * enterprise's name as text and answer them; an answer needs its text; a report answered meanwhile is not answered
 * twice; auditors read without the forms and cannot answer; enterprises are refused.
 */
@WebSlice
class DataErrorQueueWebTest {

    private static final String NAME = "<b>星河</b>软件有限公司";

    @Autowired
    MockMvc mvc;
    @Autowired
    DataErrorService service;

    @BeforeEach
    void oneOpenReport() {
        DataErrorReport report = new DataErrorReport("91350100M000100Y43", NAME,
                new DataErrorForm("techStaff", "2024", "应为月平均人数", "45", "见审计报告"), "91350100M000100Y43",
                LocalDateTime.of(2026, 12, 1, 9, 30));
        ReflectionTestUtils.setField(report, "id", 7L);
        when(service.queue(Status.OPEN, 0)).thenReturn(new PageImpl<>(List.of(report), PageRequest.of(0, 20), 41));
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void staffSeeTheOpenReportsWithTheEnterpriseNameAsTextAndAnswerForms() throws Exception {
        String page = page();
        assertThat(page).contains("id=\"report-7\"", "&lt;b&gt;星河&lt;/b&gt;软件有限公司", "科技人员数 · 2024 年度",
                        "应为月平均人数", "id=\"resolve-7\"", "id=\"reject-7\"", "待处理：共 41 条", "第 1 / 3 页",
                        "name=\"_csrf\"")
                .doesNotContain(NAME);
    }

    @Test
    @WithMockUser(roles = "AUDITOR")
    void auditorsReadTheQueueWithoutTheForms() throws Exception {
        assertThat(page()).contains("id=\"report-7\"").doesNotContain("id=\"resolve-7\"");
    }

    @Test
    @WithMockUser(roles = "ENTERPRISE")
    void enterprisesAreRefused() throws Exception {
        mvc.perform(get("/console/data-errors")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void aReplyResolvesTheReport() throws Exception {
        mvc.perform(post("/console/data-errors/7/resolve").param("answer", "已按审计报告更正，下次导入生效").with(csrf()))
                .andExpect(redirectedUrl("/console/data-errors?page=0#report-7"))
                .andExpect(flash().attribute("answered", Status.RESOLVED));
        verify(service).answer(7L, Status.RESOLVED, "已按审计报告更正，下次导入生效");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aRejectionWithoutAReasonIsNotStored() throws Exception {
        mvc.perform(post("/console/data-errors/7/reject").param("answer", "  ").with(csrf()))
                .andExpect(flash().attribute("answerProblem", "dataError.error.answer.REJECTED"));
        verify(service, never()).answer(anyLong(), any(), anyString());
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void aReportAnsweredMeanwhileIsNotAnsweredTwice() throws Exception {
        when(service.answer(7L, Status.REJECTED, "重复")).thenThrow(new DataErrorReport.AlreadyAnsweredException(7L));
        mvc.perform(post("/console/data-errors/7/reject").param("answer", "重复").with(csrf()))
                .andExpect(flash().attribute("answerProblem", "dataError.error.alreadyAnswered"));
    }

    @Test
    @WithMockUser(roles = "AUDITOR")
    void auditorsCannotAnswer() throws Exception {
        mvc.perform(post("/console/data-errors/7/resolve").param("answer", "ok").with(csrf()))
                .andExpect(status().isForbidden());
        verify(service, never()).answer(anyLong(), any(), anyString());
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void anAnswerWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/console/data-errors/7/resolve").param("answer", "ok")).andExpect(status().isForbidden());
        verify(service, never()).answer(anyLong(), any(), anyString());
    }

    private String page() throws Exception {
        return mvc.perform(get("/console/data-errors")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
