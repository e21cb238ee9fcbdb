package com.techladder.registry.plan;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard and targets pages: who sees them, the chart library's path, the rates and targets forms. */
class PlanPageTest extends PlanWebTest {

    private static final String PASSWORD = "plan-page-test";


    @BeforeEach
    void accounts() {
        startAfresh("plan-page", PASSWORD, PlanFixtures.uscc(1));
    }

    @Test
    void auditorsSeeTheDashboardWithoutTheRatesFormAndEnterprisesAreRefused() throws Exception {
        mvc.perform(get("/plan").with(httpBasic("plan-page-auditor", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("高新技术企业倍增计划")))
                .andExpect(content().string(containsString("/webjars/echarts/")))
                .andExpect(content().string(not(containsString("save-rates"))));
        mvc.perform(get("/plan").with(httpBasic("plan-page-staff", PASSWORD)))
                .andExpect(content().string(containsString("save-rates")));
        mvc.perform(get("/plan").param("lang", "en").with(httpBasic("plan-page-staff", PASSWORD)))
                .andExpect(content().string(containsString("High-tech enterprise doubling plan")));
        mvc.perform(get("/plan").with(httpBasic("plan-page-enterprise", PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theChartLibraryIsServedFromTheWebjarWithoutAVersionInThePath() throws Exception {
        mvc.perform(get("/webjars/echarts/dist/echarts.min.js"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("echarts")));
    }

    @Test
    void staffSetTheForecastRatesThroughTheFormAuditorsCannot() throws Exception {
        mvc.perform(post("/plan/rates").param("period", "FYP14").param("conversionRate", "0.6")
                        .param("nonRenewalRate", "0.2").with(csrf()).with(httpBasic("plan-page-auditor", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/plan/rates").param("period", "FYP14").param("conversionRate", "0.6")
                        .param("nonRenewalRate", "0.2").with(csrf()).with(httpBasic("plan-page-staff", PASSWORD)))
                .andExpect(redirectedUrl("/plan?period=FYP14"));
        mvc.perform(get("/api/v1/plan/periods/FYP14").with(httpBasic("plan-page-staff", PASSWORD)))
                .andExpect(content().string(containsString("\"conversionRate\":0.6")));
    }

    @Test
    void anAdminAddsTheNextPlanPeriodThroughTheForm() throws Exception {
        mvc.perform(post("/plan/periods").param("code", "FYP15").param("title", "“十五五”目标（测试）")
                        .param("baseYear", "2025").param("targetYear", "2025").param("conversionRate", "0.5")
                        .param("nonRenewalRate", "0.3").param("cityBase", "4800").param("cityTarget", "7000")
                        .with(csrf()).with(httpBasic("plan-page-admin", PASSWORD)))
                .andExpect(redirectedUrl("/plan/targets"))
                .andExpect(flash().attributeExists("errors"));
        mvc.perform(post("/plan/periods").param("code", "FYP15").param("title", "“十五五”目标（测试）")
                        .param("baseYear", "2025").param("targetYear", "2030").param("conversionRate", "0.5")
                        .param("nonRenewalRate", "0.3").param("cityBase", "4800").param("cityTarget", "7000")
                        .param("zoneBase", "1100").param("zoneTarget", "1600")
                        .with(csrf()).with(httpBasic("plan-page-staff", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/plan/periods").param("code", "FYP15").param("title", "“十五五”目标（测试）")
                        .param("baseYear", "2025").param("targetYear", "2030").param("conversionRate", "0.5")
                        .param("nonRenewalRate", "0.3").param("cityBase", "4800").param("cityTarget", "7000")
                        .param("zoneBase", "1100").param("zoneTarget", "1600")
                        .with(csrf()).with(httpBasic("plan-page-admin", PASSWORD)))
                .andExpect(redirectedUrl("/plan/targets?period=FYP15"));
        mvc.perform(get("/plan/targets").param("period", "FYP15").with(httpBasic("plan-page-admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("“十五五”目标（测试）")))
                .andExpect(content().string(containsString("6491")))
                .andExpect(content().string(containsString("id=\"add-period\"")));
    }

    @Test
    void aTargetFormWithBrokenValuesComesBackWithEveryProblem() throws Exception {
        mvc.perform(post("/plan/targets/CITY").param("period", "FYP14").param("baseCount", "-5")
                        .param("targetCount", "4000").param("years", "2023=abc, 2031=5")
                        .with(csrf()).with(httpBasic("plan-page-admin", PASSWORD)))
                .andExpect(redirectedUrl("/plan/targets?period=FYP14"))
                .andExpect(flash().attributeExists("errors"));
        mvc.perform(post("/plan/targets/CITY").param("period", "FYP14").param("baseCount", "2057")
                        .param("targetCount", "4000").with(csrf()).with(httpBasic("plan-page-staff", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/plan/targets").with(httpBasic("plan-page-auditor", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3502")))
                .andExpect(content().string(not(containsString("save-CITY"))));
    }
}
