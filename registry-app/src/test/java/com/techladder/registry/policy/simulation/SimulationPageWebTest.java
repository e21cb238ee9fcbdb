package com.techladder.registry.policy.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.techladder.batch.assessment.Assessments;
import com.techladder.batch.simulation.Simulation;
import com.techladder.batch.simulation.SimulationFilter;
import com.techladder.batch.simulation.SimulationKind;
import com.techladder.batch.simulation.SimulationStatus;
import com.techladder.registry.system.WebSlice;
import com.techladder.rules.model.Programme;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The result page and the budget forecast page in a web slice, the service mocked: matrices, costs with the chart, the
 * plan's pipeline and the changed list with its pager, in Chinese and in English; progress while running; names shown
 * as text; who may see and start what.
 */
@WebSlice
class SimulationPageWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PolicySimulationService service;
    @Autowired
    Assessments assessments;

    @BeforeEach
    void oneCompletedSimulation() {
        when(service.find(7L)).thenReturn(Optional.of(SimulationFixtures.completed(7L)));
        when(service.changes(7L, 0, PolicySimulationService.PAGE_SIZE)).thenReturn(new PolicySimulationService.ChangesPage(
                0, PolicySimulationService.PAGE_SIZE, 120, SimulationFixtures.changes()));
    }

    @Test
    @WithMockUser(authorities = "ROLE_POLICY_OFFICER")
    void theResultPageShowsTheMatricesCostsPlanAndChangesInChinese() throws Exception {
        String page = mvc.perform(get("/policy/simulations/7")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("政策模拟 #7", "草案 #5 与现行政策参数的对比：2025 年度", "已完成",
                "id=\"matrix-NATIONAL_HTE\"", "国家高新技术企业：60 家企业结果改变", "科技型中小企业：71 家企业结果改变",
                "补助成本（万元）", "研发经费投入分段补助", "1,234.50", "1,100.25", "-134.25", "未知区县", "鼓楼区",
                "id=\"simulation-chart\"", "<rect", "对倍增计划的影响", "240", "180", "-60",
                "共 120 项变化", "第 1 / 3 页", "id=\"changed-next\"", "科技人员占职工总数的比例不低于 30%",
                "/api/v1/policy/simulations/7/changed.xlsx", "&lt;b&gt;点我&lt;/b&gt;")
                .doesNotContain("<b>点我</b>", "data-refresh", "id=\"changed-prev\"");
    }

    @Test
    @WithMockUser(authorities = "ROLE_AUDITOR")
    void theSamePageInEnglish() throws Exception {
        String page = mvc.perform(get("/policy/simulations/7").param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Policy simulation #7", "National high-tech enterprise: 60 enterprises change outcome",
                "Subsidy cost (10k yuan)", "Segmented R&amp;D grant", "Gulou", "District unknown",
                "Effect on the doubling plan", "120 changes", "Page 1 of 3", "Tech staff at least 30% of employees")
                .doesNotContain("政策模拟 #7", "补助成本");
    }

    @Test
    @WithMockUser(authorities = "ROLE_STAFF")
    void aRunningSimulationShowsItsProgressAndRefreshes() throws Exception {
        when(service.find(8L)).thenReturn(Optional.of(SimulationFixtures.running(8L)));
        when(service.changes(8L, 0, PolicySimulationService.PAGE_SIZE))
                .thenReturn(new PolicySimulationService.ChangesPage(0, PolicySimulationService.PAGE_SIZE, 0, List.of()));

        String page = mvc.perform(get("/policy/simulations/8")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("计算中", "data-refresh", "<progress", "已读取 500 / 2,000 家企业（25%）")
                .doesNotContain("id=\"matrix-", "id=\"subsidy-table\"");
    }

    @Test
    @WithMockUser(authorities = "ROLE_ENTERPRISE")
    void enterprisesAreRefused() throws Exception {
        mvc.perform(get("/policy/simulations/7")).andExpect(status().isForbidden());
        mvc.perform(get("/policy/budget-forecast")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(authorities = "ROLE_AUDITOR")
    void theForecastPageStatesItsAssumptionsAndHidesTheStartFromReaders() throws Exception {
        Simulation done = SimulationFixtures.completed(9L);
        Simulation forecast = new Simulation(9L, SimulationKind.BUDGET_FORECAST, null, "v1", "v1", 2027, 2024,
                done.filter(), "officer", done.requestedAt(), done.finishedAt(), SimulationStatus.COMPLETED, 2000,
                2000, 2000, 0, 240, 240, 35, 35, null, List.of(), done.subsidies());
        when(service.latestForecast(2027)).thenReturn(Optional.of(forecast));

        String page = mvc.perform(get("/policy/budget-forecast").param("year", "2027")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("2027 年度补助预算测算", "测算假设", "（2024 年度）视为 2027 年度评价所用",
                        "研发经费投入分段补助", "1,234.50", "id=\"subsidy-total-baseline\"")
                .doesNotContain("id=\"forecast-form\"", "id=\"subsidy-total-draft\"");
    }

    @Test
    @WithMockUser(username = "officer", authorities = "ROLE_POLICY_OFFICER")
    void aPolicyOfficerStartsAForecastFromThePage() throws Exception {
        when(service.latestForecast(2027)).thenReturn(Optional.empty());
        assertThat(mvc.perform(get("/policy/budget-forecast").param("year", "2027")).andReturn().getResponse()
                .getContentAsString()).contains("id=\"forecast-form\"", "尚未测算 2027 年度的预算。");

        mvc.perform(post("/policy/budget-forecast").param("year", "2027").with(csrf()))
                .andExpect(redirectedUrl("/policy/budget-forecast?year=2027"));
        verify(service).forecast(2027, "officer");
    }

    @Test
    @WithMockUser(username = "policy", authorities = "ROLE_POLICY_OFFICER")
    void aDraftsPageStartsASimulationOfTheYearTheDataAreForWhenNoYearIsGiven() throws Exception {
        when(assessments.dataYear()).thenReturn(2026);
        when(service.simulate(5L, 2026, SimulationFilter.NONE, "policy")).thenReturn(11L);

        mvc.perform(post("/policy/drafts/5/simulations").with(csrf()))
                .andExpect(redirectedUrl("/policy/simulations/11"));
        verify(service).simulate(5L, 2026, SimulationFilter.NONE, "policy");
    }

    @Test
    @WithMockUser(authorities = "ROLE_POLICY_OFFICER")
    void theResultPageOffersToSimulateAgainWithTheScopeItHadEveryChoiceNamed() throws Exception {
        Simulation done = SimulationFixtures.completed(12L);
        when(service.find(12L)).thenReturn(Optional.of(new Simulation(12L, done.kind(), 5L, "v1", "v2", 2025, null,
                new SimulationFilter(SimulationFixtures.GULOU, Programme.TECH_SME, 8), "policy", done.requestedAt(),
                done.finishedAt(), done.status(), 2000, 2000, 300, 10, 240, 180, 35, 30, null, done.transitions(),
                done.subsidies())));
        when(service.changes(12L, 0, PolicySimulationService.PAGE_SIZE)).thenReturn(
                new PolicySimulationService.ChangesPage(0, PolicySimulationService.PAGE_SIZE, 0, List.of()));

        String page = mvc.perform(get("/policy/simulations/12")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"simulate-again\"", "action=\"/policy/drafts/5/simulations\"",
                "范围：区县 鼓楼区 · 仅比较 科技型中小企业 · 技术领域 先进制造与自动化",
                "name=\"assessmentYear\"", "value=\"2025\"", "全部区县", "台江区", "福清市", "全部培育项目",
                "科技小巨人企业", "全部技术领域", "电子信息", "补助始终全部比较")
                .contains("<option value=\"350102\" selected=\"selected\">鼓楼区</option>",
                        "<option value=\"TECH_SME\" selected=\"selected\">科技型中小企业</option>",
                        "<option value=\"8\" selected=\"selected\">先进制造与自动化</option>")
                .doesNotContain("value=\"350100\"");

        String english = mvc.perform(get("/policy/simulations/12").param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Simulate again with another scope", "All districts", "Gulou",
                "Technology-based SME", "Electronic information", "All technology fields");
    }

    @Test
    @WithMockUser(authorities = "ROLE_AUDITOR")
    void readersSeeNoStartForm() throws Exception {
        assertThat(mvc.perform(get("/policy/simulations/7")).andReturn().getResponse().getContentAsString())
                .doesNotContain("id=\"simulate-again\"", "id=\"simulate-district\"");
    }

    @Test
    @WithMockUser(username = "policy", authorities = "ROLE_POLICY_OFFICER")
    void theFormsScopeReachesTheSimulationAsTheApisFilter() throws Exception {
        when(service.simulate(5L, 2026, new SimulationFilter(SimulationFixtures.GULOU, Programme.NATIONAL_HTE, 1),
                "policy")).thenReturn(13L);

        mvc.perform(post("/policy/drafts/5/simulations").param("assessmentYear", "2026")
                        .param("district", SimulationFixtures.GULOU).param("programme", "NATIONAL_HTE")
                        .param("techField", "1").with(csrf()))
                .andExpect(redirectedUrl("/policy/simulations/13"));
        verify(service).simulate(5L, 2026, new SimulationFilter(SimulationFixtures.GULOU, Programme.NATIONAL_HTE, 1),
                "policy");
    }

    @Test
    @WithMockUser(username = "policy", authorities = "ROLE_POLICY_OFFICER")
    void anEmptyScopeIsTheWholeRegistryAndABrokenOneIsNamed() throws Exception {
        when(service.simulate(5L, 2026, SimulationFilter.NONE, "policy")).thenReturn(14L);
        mvc.perform(post("/policy/drafts/5/simulations").param("assessmentYear", "2026").param("district", "")
                        .param("programme", "").param("techField", "").with(csrf()))
                .andExpect(redirectedUrl("/policy/simulations/14"));

        mvc.perform(post("/policy/drafts/5/simulations").param("assessmentYear", "2026").param("district", "海淀区")
                        .param("techField", "9").with(csrf()))
                .andExpect(redirectedUrl("/policy/drafts/5#simulate-form"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("simulateProblems", org.hamcrest.Matchers.hasSize(2)));
    }

    @Test
    @WithMockUser(username = "policy", authorities = "ROLE_POLICY_OFFICER")
    void aYearOutsideTheRulesIsRefusedBeforeAnythingStarts() throws Exception {
        mvc.perform(post("/policy/drafts/5/simulations").param("assessmentYear", "1999").with(csrf()))
                .andExpect(redirectedUrl("/policy/drafts/5#simulate-form"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute(
                        "simulateProblems", List.of(new com.techladder.registry.system.FieldProblem("assessmentYear",
                                "评价年度应在 2016–2100 之间：1999"))));
        org.mockito.Mockito.verifyNoInteractions(service);
    }

    @Test
    @WithMockUser(authorities = "ROLE_STAFF")
    void staffReadSimulationsButDoNotStartThem() throws Exception {
        mvc.perform(post("/policy/drafts/5/simulations").param("assessmentYear", "2026").with(csrf()))
                .andExpect(status().isForbidden());
        org.mockito.Mockito.verifyNoInteractions(service);
    }
}
