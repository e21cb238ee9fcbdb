package com.techladder.registry.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import com.techladder.batch.assessment.Assessments;
import com.techladder.batch.classification.DataCoverage;
import com.techladder.registry.assessment.RunLauncher;
import com.techladder.registry.system.WebSlice;

/**
 * The console's launch form in a web slice, the launcher mocked: the year offered is the launcher's default year, and
 * a year most enterprises have no figures for is launched only once the user has confirmed that very year.
 */
@WebSlice
@WithMockUser(roles = "STAFF")
class ConsoleLaunchWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RunLauncher launcher;
    @Autowired
    Assessments assessments;
    @Autowired
    NightlySchedule schedule;

    @BeforeEach
    void aRegistryWithFiguresFor2025() {
        when(launcher.defaultYear()).thenReturn(2025);
        when(launcher.coverage(2025)).thenReturn(new DataCoverage(2025, 2000, 0));
        when(launcher.coverage(2026)).thenReturn(new DataCoverage(2026, 2000, 1999));
        when(launcher.launch(anyInt())).thenReturn(42L);
        when(assessments.runs(null, 20)).thenReturn(List.of());
        ZoneId fuzhou = ZoneId.of("Asia/Shanghai");
        when(schedule.next()).thenReturn(new NightlySchedule.Next("0 0 2 * * *", fuzhou,
                ZonedDateTime.of(2026, 12, 5, 2, 0, 0, 0, fuzhou)));
    }

    @Test
    void theFormOffersTheYearOfTheFigures() throws Exception {
        assertThat(page(get("/console/runs"))).containsPattern("id=\"assessmentYear\"[^>]*value=\"2025\"");
    }

    @Test
    void aYearWithFiguresIsLaunchedAtOnce() throws Exception {
        mvc.perform(post("/console/runs").param("assessmentYear", "2025").with(csrf()))
                .andExpect(redirectedUrl("/console/runs/42"));
    }

    @Test
    void aYearWithoutFiguresAsksFirstWithTheCount() throws Exception {
        String page = page(post("/console/runs").param("assessmentYear", "2026").with(csrf()));
        assertThat(page).contains("id=\"launch-without-data\"", "企业库的 2,000 家企业中有 1,999 家没有 2025 年的会计数据")
                .contains("现有数据对应的评价年度是 2025 年");
        verify(launcher, never()).launch(anyInt());
    }

    @Test
    void theConfirmationOfThatYearLaunchesIt() throws Exception {
        mvc.perform(post("/console/runs").param("assessmentYear", "2026").param("confirmedYear", "2026").with(csrf()))
                .andExpect(redirectedUrl("/console/runs/42"));
        verify(launcher).launch(2026);
    }

    @Test
    void aConfirmationOfAnotherYearDoesNotCount() throws Exception {
        assertThat(page(post("/console/runs").param("assessmentYear", "2026").param("confirmedYear", "2025").with(csrf())))
                .contains("id=\"launch-without-data\"");
        verify(launcher, never()).launch(anyInt());
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
