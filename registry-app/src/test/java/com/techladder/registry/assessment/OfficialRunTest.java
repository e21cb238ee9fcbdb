package com.techladder.registry.assessment;

import static com.techladder.registry.testing.ClassifiedRegistry.CANGSHAN;
import static com.techladder.registry.testing.ClassifiedRegistry.GULOU;
import static com.techladder.registry.testing.ClassifiedRegistry.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.techladder.batch.assessment.OfficialRun;
import com.techladder.batch.assessment.Assessments;
import com.techladder.batch.assessment.AssessmentJson;
import com.techladder.batch.classification.ClassificationRun;
import com.techladder.batch.classification.ClassificationRunRepository;
import com.techladder.batch.classification.DataCoverage;
import com.techladder.registry.security.Role;
import com.techladder.registry.security.UserAccounts;
import com.techladder.registry.testing.ClassifiedRegistry;
import com.techladder.batch.DatabaseSpecific;
import com.techladder.rules.model.Programme;
import com.techladder.rules.result.Assessment;
import com.techladder.rules.result.ProgrammeResult;

/**
 * Issue 13, "the official run": the registry holds the fiscal years 2022–2024, so its figures are for assessment year
 * 2025. A run for 2025 is followed by a run for 2026 — the calendar year's mistake — in which every enterprise lacks
 * 2025 and ends at 资料不足. Every page and API keeps showing 2025 by default, offers 2026 in its year chooser, marks the
 * 2026 run, and the console and API warn before such a run starts.
 */
@DatabaseSpecific
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficialRunTest {

    private static final int NO_DATA_YEAR = YEAR + 1;
    private static final String ENTERPRISE_PASSWORD = "official-run-password";
    private static final RequestPostProcessor STAFF = user("official-run-staff").roles("STAFF");
    private static final RequestPostProcessor AUDITOR = user("official-run-auditor").roles("AUDITOR");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RunLauncher launcher;
    @Autowired
    ClassificationRunRepository runs;
    @Autowired
    Assessments assessments;
    @Autowired
    UserAccounts accounts;

    private ClassificationRun withData;
    private ClassificationRun withoutData;

    @BeforeAll
    void aRunWithFiguresThenARunForTheYearAfter() {
        ClassifiedRegistry registry = new ClassifiedRegistry(jdbc);
        registry.reset();
        registry.enterprises();
        withData = registry.classify(launcher, runs);
        withoutData = registry.classify(launcher, runs, NO_DATA_YEAR);
        jdbc.update("DELETE FROM app_user WHERE username = ?", GULOU);
        accounts.create(GULOU, ENTERPRISE_PASSWORD, Role.ENTERPRISE, GULOU);
    }

    @Test
    void theDefaultYearToRunFollowsTheDataNotTheCalendar() {
        assertThat(launcher.defaultYear()).isEqualTo(YEAR);
    }

    @Test
    void theCoverageOfAYearCountsTheEnterprisesWithoutItsPreviousFiscalYear() {
        assertThat(launcher.coverage(YEAR)).isEqualTo(new DataCoverage(YEAR, 3, 0));
        DataCoverage next = launcher.coverage(NO_DATA_YEAR);
        assertThat(next).isEqualTo(new DataCoverage(NO_DATA_YEAR, 3, 3));
        assertThat(next.mostlyWithoutData()).isTrue();
        // the band: more than half, not half
        assertThat(new DataCoverage(NO_DATA_YEAR, 4, 2).mostlyWithoutData()).isFalse();
        assertThat(new DataCoverage(NO_DATA_YEAR, 4, 3).mostlyWithoutData()).isTrue();
    }

    @Test
    void aCompletedRunRecordsHowManyOfItsEnterprisesHadNoFigures() {
        assertThat(withData.withoutData()).isZero();
        assertThat(withData.mostlyWithoutData()).isFalse();
        assertThat(withoutData.withoutData()).isEqualTo(3);
        assertThat(withoutData.mostlyWithoutData()).isTrue();
    }

    @Test
    void theOfficialRunIsTheNewestCompletedRunOfTheYearShownAndTheDefaultYearIsTheDataYear() {
        assertThat(assessments.defaultYear()).isEqualTo(YEAR);
        assertThat(assessments.officialRun(null).orElseThrow().runId()).isEqualTo(withData.id());
        assertThat(assessments.officialRun(NO_DATA_YEAR).orElseThrow())
                .isEqualTo(new OfficialRun(withoutData.id(), NO_DATA_YEAR, true));
        assertThat(assessments.assessedYears()).containsSubsequence(NO_DATA_YEAR, YEAR).doesNotContain(YEAR - 5);
        assertThat(assessments.officialRun(YEAR - 5)).isEmpty();
    }

    @Test
    void theAssessmentApiAnswersFromTheDefaultYearOrTheYearAskedFor() throws Exception {
        RequestPostProcessor enterprise = httpBasic(GULOU, ENTERPRISE_PASSWORD);
        mvc.perform(get("/api/v1/enterprises/" + GULOU + "/assessment").with(enterprise))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.runId").value(String.valueOf(withData.id())));
        mvc.perform(get("/api/v1/enterprises/" + GULOU + "/assessment").param("assessmentYear", "" + NO_DATA_YEAR)
                        .with(enterprise))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.runId").value(String.valueOf(withoutData.id())));
        mvc.perform(get("/api/v1/enterprises/" + GULOU + "/assessment").param("assessmentYear", "2019").with(enterprise))
                .andExpect(status().isNotFound());
    }

    /** The enterprise's own API adds to the stored result what the self-check response says: 暂定 rung, days, 待核实. */
    @Test
    void theAssessmentApiSaysWhetherTheRungIsProvisionalAndTheDaysItWasJudgedOn() throws Exception {
        Assessment stored = stored(withData, GULOU);
        mvc.perform(get("/api/v1/enterprises/" + GULOU + "/assessment").with(httpBasic(GULOU, ENTERPRISE_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligibleTierProvisional").value(stored.eligibleTierProvisional()))
                .andExpect(jsonPath("$.assessmentDay").value(withData.assessmentDay().toString()))
                .andExpect(jsonPath("$.referenceDay").value(stored.referenceDay().toString()))
                .andExpect(jsonPath("$.programmes[0].referenceDay").value(stored.programmes().get(0).referenceDay().toString()))
                .andExpect(jsonPath("$.programmes[1].provisional").value(true))
                .andExpect(jsonPath("$.subsidies.length()").value(stored.subsidies().size()))
                .andExpect(jsonPath("$.subsidies[?(@.undetermined == true || @.undetermined == false)]",
                        hasSize(stored.subsidies().size())));
    }

    /**
     * 我的企业's history marks each provisional rung and outcome with 暂定 — one badge per provisional fact of each
     * stored result, counted independently — and names the day each programme was judged on.
     */
    @Test
    void myEnterprisesHistoryMarksProvisionalRungsAndOutcomesAndNamesTheirDays() throws Exception {
        String page = page(get("/my-enterprise").with(httpBasic(GULOU, ENTERPRISE_PASSWORD)));
        String history = page.substring(page.indexOf("id=\"my-history\""), page.indexOf("id=\"my-years\""));
        int expected = 0;
        for (ClassificationRun run : List.of(withData, withoutData)) {
            Assessment stored = stored(run, GULOU);
            expected += stored.eligibleTierProvisional() ? 1 : 0;
            for (ProgrammeResult p : stored.programmes()) {
                if (p.programme() != Programme.PROVINCIAL_HTE) { // the history has no 省高企 column
                    expected += p.provisional() ? 1 : 0;
                    assertThat(history).contains("按 " + p.referenceDay() + " 判断");
                }
            }
        }
        assertThat(expected).as("some of the enterprise's stored facts are provisional").isPositive();
        assertThat(count(history, "badge badge-provisional")).isEqualTo(expected);
    }

    @Test
    void myEnterpriseShowsTheDefaultYearAndOffersTheOther() throws Exception {
        RequestPostProcessor enterprise = httpBasic(GULOU, ENTERPRISE_PASSWORD);
        String page = page(get("/my-enterprise").with(enterprise));
        assertThat(selected(page, "official-year-select")).isEqualTo(YEAR);
        assertThat(page).contains("显示 2025 年度的正式评价", "运行 #" + withData.id())
                .contains("<option value=\"" + NO_DATA_YEAR + "\"")
                .doesNotContain("id=\"official-year-without-data\"");

        String chosen = page(get("/my-enterprise").param("year", "" + NO_DATA_YEAR).with(enterprise));
        assertThat(selected(chosen, "official-year-select")).isEqualTo(NO_DATA_YEAR);
        assertThat(chosen).contains("运行 #" + withoutData.id(), "id=\"official-year-without-data\"",
                "多数企业没有 2025 年的会计数据");
    }

    @Test
    void theConsoleEnterprisePageShowsTheOfficialRunOfTheChosenYear() throws Exception {
        assertThat(page(get("/console/enterprises/" + GULOU).with(STAFF)))
                .contains("分类运行 #" + withData.id() + "（2025 年度）");
        assertThat(page(get("/console/enterprises/" + GULOU).param("year", "" + NO_DATA_YEAR).with(STAFF)))
                .contains("分类运行 #" + withoutData.id() + "（2026 年度）", "id=\"official-year-without-data\"");
        assertThat(page(get("/console/enterprises/" + GULOU).param("year", "2019").with(STAFF)))
                .contains("id=\"official-year-no-run\"", "id=\"no-assessment\"");
    }

    @Test
    void theRegistrySearchReadsTheOfficialRunOfTheDefaultYear() throws Exception {
        String page = page(get("/console/enterprises").with(STAFF));
        assertThat(page).containsPattern("<option value=\"" + withData.id() + "\"\\s+selected");
    }

    @Test
    void theDashboardCardIsTheYearlyTableFigureOfTheYearShown() throws Exception {
        String eligibleUncertified = String.valueOf(jdbc.queryForObject("SELECT COUNT(*) FROM assessment a WHERE run_id = ?"
                + " AND national_hte_outcome = 'ELIGIBLE' AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.uscc = a.uscc"
                + " AND c.programme = 'NATIONAL_HTE')", Integer.class, withData.id()));
        String page = page(get("/plan").param("year", "" + YEAR).with(STAFF));
        assertThat(text(page, "kpi-pipeline")).isEqualTo(eligibleUncertified);
        assertThat(page).contains("2025 年度符合条件尚未认定", "运行 #" + withData.id());

        mvc.perform(get("/api/v1/plan/pipeline").with(STAFF))
                .andExpect(jsonPath("$.runId").value(withData.id()));
        mvc.perform(get("/api/v1/plan/pipeline").param("year", "" + NO_DATA_YEAR).with(STAFF))
                .andExpect(jsonPath("$.runId").value(withoutData.id()))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void theLaunchFormOffersTheDataYearAndAsksBeforeRunningAYearWithoutFigures() throws Exception {
        assertThat(page(get("/console/runs").with(STAFF))).containsPattern("id=\"assessmentYear\"[^>]*value=\"2025\"");

        int before = runs.list(null, 1000).size();
        String warned = page(post("/console/runs").param("assessmentYear", "" + NO_DATA_YEAR).with(STAFF).with(csrf()));
        assertThat(warned).contains("id=\"launch-without-data\"", "企业库的 3 家企业中有 3 家没有 2025 年的会计数据",
                "现有数据对应的评价年度是 2025 年", "仍然开始运行")
                .containsPattern("name=\"confirmedYear\" value=\"2026\"");
        // a confirmation of another year does not count
        page(post("/console/runs").param("assessmentYear", "" + NO_DATA_YEAR).param("confirmedYear", "" + YEAR)
                .with(STAFF).with(csrf()));
        assertThat(runs.list(null, 1000)).hasSize(before);
    }

    @Test
    void theApiLaunchOfAYearWithoutFiguresCarriesAWarning() throws Exception {
        // a year no other test reads, so that the run it starts displaces no official run
        String body = mvc.perform(post("/api/v1/classification-runs").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assessmentYear\": " + (YEAR + 5) + "}").with(STAFF).with(csrf()))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.runId").isString())
                .andExpect(jsonPath("$.warning.code").value("MOSTLY_WITHOUT_DATA"))
                .andExpect(jsonPath("$.warning.enterprises").value(3))
                .andExpect(jsonPath("$.warning.withoutData").value(3))
                .andExpect(jsonPath("$.warning.dataYear").value(YEAR))
                .andReturn().getResponse().getContentAsString();
        waitForTheEnd(Long.parseLong(body.replaceAll(".*\"runId\":\"(\\d+)\".*", "$1")));
    }

    @Test
    void runPagesAndTheRunApiMarkARunMostlyWithoutFigures() throws Exception {
        assertThat(page(get("/console/runs/" + withoutData.id()).with(STAFF)))
                .contains("id=\"run-without-data\"", "本次运行的 3 家企业中有 3 家没有 2025 年的会计数据");
        assertThat(page(get("/review/runs/" + withoutData.id()).with(AUDITOR))).contains("id=\"run-without-data\"");
        assertThat(page(get("/console/runs/" + withData.id()).with(STAFF))).doesNotContain("id=\"run-without-data\"");
        assertThat(page(get("/console/runs").with(STAFF))).contains("多为资料不足");
        mvc.perform(get("/api/v1/classification-runs/" + withoutData.id()).with(AUDITOR))
                .andExpect(jsonPath("$.withoutData").value(3))
                .andExpect(jsonPath("$.mostlyWithoutData").value(true));
    }

    @Test
    void comparingRunsOfTwoYearsSaysTheYearsDifferNotThatOnlyTheInputsChanged() throws Exception {
        mvc.perform(get("/api/v1/classification-runs/" + withData.id() + "/diff/" + withoutData.id()).with(AUDITOR))
                .andExpect(jsonPath("$.yearsDiffer").value(true))
                .andExpect(jsonPath("$.assessmentYearA").value(YEAR))
                .andExpect(jsonPath("$.assessmentYearB").value(NO_DATA_YEAR));
        String page = page(get("/review/diff").param("from", "" + withData.id()).param("to", "" + withoutData.id())
                .with(AUDITOR));
        assertThat(page).contains("id=\"diff-years\"", "两次运行的评价年度不同（2025 年度与 2026 年度）")
                .doesNotContain("结果变化只能来自输入数据");
        assertThat(page(get("/review/diff").param("from", "" + withData.id()).param("to", "" + withData.id())
                .with(AUDITOR))).doesNotContain("id=\"diff-years\"");
    }

    private String page(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private Assessment stored(ClassificationRun run, String uscc) {
        return AssessmentJson.parseResult(jdbc.queryForObject("SELECT result FROM assessment WHERE run_id = ? AND uscc = ?",
                String.class, run.id(), uscc));
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static int selected(String page, String selectId) {
        String select = page.substring(page.indexOf("id=\"" + selectId + "\""));
        Matcher m = Pattern.compile("<option value=\"(\\d+)\"\\s+selected").matcher(select);
        assertThat(m.find()).as("a selected year in " + selectId).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static String text(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(page);
        assertThat(m.find()).as("element " + id).isTrue();
        return m.group(1).trim();
    }

    private void waitForTheEnd(long runId) throws InterruptedException {
        for (int i = 0; i < 600 && runs.find(runId).orElseThrow().status().name().equals("STARTED"); i++) {
            Thread.sleep(100);
        }
    }
}
