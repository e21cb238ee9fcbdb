package com.techladder.registry.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.techladder.batch.DatabaseSpecific;
import com.techladder.rules.model.CertificateRecord;
import com.techladder.rules.model.Programme;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The doubling-plan API: the contract's progress shape, roles, target edits with history, pipeline and forecast. */
@DatabaseSpecific
class PlanApiTest extends PlanWebTest {

    private static final String PASSWORD = "plan-api-test";
    private static final String ELIGIBLE_NEAR = PlanFixtures.uscc(201);
    private static final String ELIGIBLE_FAR = PlanFixtures.uscc(202);
    private static final String REVIEW = PlanFixtures.uscc(203);
    private static final String CERTIFIED_ELIGIBLE = PlanFixtures.uscc(204);
    private static final String NOT_ELIGIBLE = PlanFixtures.uscc(205);
    private static final String EXPIRING_STILL_OK = PlanFixtures.uscc(206);
    private static final String EXPIRING_RENEWED = PlanFixtures.uscc(207);
    private static final String EXPIRING_LATER = PlanFixtures.uscc(208);


    @BeforeEach
    void registryWithARun() {
        startAfresh("plan-api", PASSWORD, ELIGIBLE_NEAR);

        fixtures.enterprise(ELIGIBLE_NEAR, "接近认定科技有限公司", "350102", true);
        fixtures.enterprise(ELIGIBLE_FAR, "=HYPERLINK(\"http://x\")科技有限公司", "350104", false);
        fixtures.enterprise(REVIEW, "需复核科技有限公司", "350102", false);
        fixtures.enterprise(CERTIFIED_ELIGIBLE, "已认定科技有限公司", "350102", false);
        fixtures.enterprise(NOT_ELIGIBLE, "不符合科技有限公司", "350181", false);
        fixtures.enterprise(EXPIRING_STILL_OK, "即将到期科技有限公司", "350105", false);
        fixtures.enterprise(EXPIRING_RENEWED, "已重新认定科技有限公司", "350105", false);
        fixtures.enterprise(EXPIRING_LATER, "明年到期科技有限公司", "350111", false);

        fixtures.certificate(CERTIFIED_ELIGIBLE, "已认定科技有限公司", national(LocalDate.of(2024, 12, 1)));
        fixtures.certificate(EXPIRING_STILL_OK, "即将到期科技有限公司",
                new CertificateRecord(Programme.NATIONAL_HTE, "GR202335000777", LocalDate.of(2023, 12, 1), null,
                        false, null, "2023年第二批"));
        fixtures.certificate(EXPIRING_RENEWED, "已重新认定科技有限公司", national(LocalDate.of(2023, 11, 1)));
        fixtures.certificate(EXPIRING_RENEWED, "已重新认定科技有限公司", national(LocalDate.of(2026, 10, 1)));
        fixtures.certificate(EXPIRING_LATER, "明年到期科技有限公司", national(LocalDate.of(2024, 6, 1)));
        fixtures.certificate(NOT_ELIGIBLE, "不符合科技有限公司", national(LocalDate.of(2022, 12, 1)));
        fixtures.certificate(REVIEW, "需复核科技有限公司",
                CertificateRecord.of(Programme.PROVINCIAL_HTE, LocalDate.of(2022, 5, 1), null));

        long failed = fixtures.run(2026, "FAILED");
        fixtures.assessment(failed, NOT_ELIGIBLE, "ELIGIBLE", 90, 90);
        long run2025 = fixtures.run(2025, "COMPLETED");
        fixtures.assessment(run2025, ELIGIBLE_NEAR, "ELIGIBLE", 70, 80);
        fixtures.assessment(run2025, ELIGIBLE_FAR, "ELIGIBLE", 71, 75);
        long latest = fixtures.run(2026, "COMPLETED");
        fixtures.assessment(latest, ELIGIBLE_NEAR, "ELIGIBLE", 82, 90);
        fixtures.assessment(latest, ELIGIBLE_FAR, "ELIGIBLE", 71, 75);
        fixtures.assessment(latest, REVIEW, "NEEDS_REVIEW", 65, 85);
        fixtures.assessment(latest, CERTIFIED_ELIGIBLE, "ELIGIBLE", 88, 88);
        fixtures.assessment(latest, NOT_ELIGIBLE, "NOT_ELIGIBLE", 40, 50);
        fixtures.assessment(latest, EXPIRING_STILL_OK, "ELIGIBLE", 75, 80);
        fixtures.assessment(latest, EXPIRING_RENEWED, "NOT_ELIGIBLE", 60, 60);
    }

    @Test
    void progressAnswersWithTheContractFieldsForEveryYearOfThePlan() throws Exception {
        mvc.perform(as("staff", get("/api/v1/plan/progress").param("asOf", "2026-01-15")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.baseYear").value(2020))
                .andExpect(jsonPath("$.baseCount").value(2057))
                .andExpect(jsonPath("$.targetYear").value(2025))
                .andExpect(jsonPath("$.targetCount").value(4000))
                .andExpect(jsonPath("$.years[*].year").value(contains(2020, 2021, 2022, 2023, 2024, 2025)))
                .andExpect(jsonPath("$.years[*].target").value(contains(2057, 2350, 2684, 3066, 3502, 4000)))
                // 31 Dec 2024: the certificates of 2022-12-01 (ends 2025-11-30), 2023 and 2024; not the 2026 renewal
                .andExpect(jsonPath("$.years[4].certifiedNationalHte").value(5))
                .andExpect(jsonPath("$.years[5].certifiedNationalHte").value(4))
                .andExpect(jsonPath("$.years[4].eligiblePipeline").value(nullValue()))
                .andExpect(jsonPath("$.years[5].eligiblePipeline").value(2))
                .andExpect(jsonPath("$.years[5].reportedNationalHte").value(nullValue()))
                .andExpect(jsonPath("$.years[4].reportedNationalHte").value(4678))
                .andExpect(jsonPath("$.years[2].reportedNationalHte").value(3759))
                .andExpect(jsonPath("$.years[2].certifiedProvincialHte").value(1))
                .andExpect(jsonPath("$.districtYear").value(2025))
                .andExpect(jsonPath("$.districts[0].district").value("350102"))
                .andExpect(jsonPath("$.districts[0].name").value("鼓楼区"))
                .andExpect(jsonPath("$.districts[0].certifiedNationalHte").value(1))
                .andExpect(jsonPath("$.districts[0].eligiblePipeline").value(1))
                .andExpect(jsonPath("$.districts[0].target").value(875))
                .andExpect(jsonPath("$.districts[0].assumption").value(true))
                .andExpect(jsonPath("$.districts[?(@.district == '350104')].eligiblePipeline").value(contains(1)))
                .andExpect(jsonPath("$.districts", hasSize(12)))
                .andExpect(jsonPath("$.hitechZone.target").value(1000))
                .andExpect(jsonPath("$.hitechZone.eligiblePipeline").value(1))
                .andExpect(jsonPath("$.techFields", hasSize(9)))
                .andExpect(jsonPath("$.funnel.nationalHte").value(4))
                .andExpect(jsonPath("$.funnel.provincialHte").value(1));
    }

    @Test
    void staffAuditorsAndAdminsReadTheProgressOthersDoNot() throws Exception {
        mvc.perform(get("/api/v1/plan/progress")).andExpect(status().isUnauthorized());
        mvc.perform(as("enterprise", get("/api/v1/plan/progress"))).andExpect(status().isForbidden());
        mvc.perform(as("enterprise", get("/api/v1/plan/pipeline"))).andExpect(status().isForbidden());
        for (String reader : new String[] {"staff", "auditor", "admin"}) {
            mvc.perform(as(reader, get("/api/v1/plan/progress"))).andExpect(status().isOk());
        }
    }

    @Test
    void onlyAnAdminChangesATargetAndTheChangeIsLoggedWithWhoAndWhat() throws Exception {
        String body = """
                {"baseCount": 2057, "targetCount": 4200, "assumption": false, "note": "调整后目标",
                 "years": {"2022": 3000}}""";
        mvc.perform(as("staff", put("/api/v1/plan/periods/FYP14/targets/CITY").content(body)))
                .andExpect(status().isForbidden());
        mvc.perform(as("auditor", put("/api/v1/plan/periods/FYP14/targets/CITY").content(body)))
                .andExpect(status().isForbidden());

        mvc.perform(as("admin", put("/api/v1/plan/periods/FYP14/targets/CITY").content(body)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targetCount").value(4200))
                .andExpect(jsonPath("$.explicitYears.2022").value(3000));

        mvc.perform(as("auditor", get("/api/v1/plan/progress").param("period", "FYP14")))
                .andExpect(jsonPath("$.targetCount").value(4200))
                .andExpect(jsonPath("$.years[2].target").value(3000))
                .andExpect(jsonPath("$.years[5].target").value(4200));
        mvc.perform(as("auditor", get("/api/v1/plan/periods/FYP14/history")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.field == 'targetCount')].oldValue").value(contains("4000")))
                .andExpect(jsonPath("$[?(@.field == 'targetCount')].newValue").value(contains("4200")))
                .andExpect(jsonPath("$[?(@.field == 'targetCount')].changedBy").value(contains("plan-api-admin")))
                .andExpect(jsonPath("$[?(@.field == 'years')].newValue").value(contains("{2022=3000}")))
                .andExpect(jsonPath("$[?(@.field == 'baseCount')]", hasSize(0)));
        assertThat(jdbc.queryForList("SELECT username FROM audit_log WHERE action = 'PLAN_TARGET_CHANGED'"
                + " AND target = 'plan-period/FYP14/CITY' AND details LIKE '%targetCount%4200%'", String.class))
                .containsExactly("plan-api-admin");
    }

    @Test
    void anInvalidTargetIsRefusedWithEveryBrokenFieldListed() throws Exception {
        mvc.perform(as("admin", put("/api/v1/plan/periods/FYP14/targets/999999")
                        .content("{\"baseCount\": -1, \"years\": {\"2030\": 5}}")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(
                        containsInAnyOrder("scope", "baseCount", "targetCount", "years.2030")));
        mvc.perform(as("admin", get("/api/v1/plan/periods/FYP14/history")))
                .andExpect(jsonPath("$[*].field").value(contains("created")));
    }

    @Test
    void aNextPlanPeriodIsAddedAsDataAndBecomesCurrentInItsYears() throws Exception {
        String period = """
                {"code": "FYP15", "title": "“十五五”高新技术企业培育目标（示例）", "baseYear": 2025, "targetYear": 2030,
                 "source": "测试", "conversionRate": 0.4, "nonRenewalRate": 0.25,
                 "targets": [{"scope": "CITY", "baseCount": 4800, "targetCount": 7000},
                             {"scope": "HITECH_ZONE", "baseCount": 1100, "targetCount": 1600, "assumption": true}]}""";
        mvc.perform(as("staff", post("/api/v1/plan/periods").content(period))).andExpect(status().isForbidden());
        mvc.perform(as("admin", post("/api/v1/plan/periods").content(period)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value("FYP15"))
                .andExpect(jsonPath("$.targets", hasSize(2)));
        mvc.perform(as("admin", post("/api/v1/plan/periods").content(period)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("code")));

        mvc.perform(as("staff", get("/api/v1/plan/progress").param("asOf", "2027-03-01")))
                .andExpect(jsonPath("$.baseYear").value(2025))
                .andExpect(jsonPath("$.targetCount").value(7000))
                .andExpect(jsonPath("$.years", hasSize(6)))
                .andExpect(jsonPath("$.districts[0].target").value(nullValue()));
        mvc.perform(as("staff", get("/api/v1/plan/progress").param("asOf", "2024-03-01")))
                .andExpect(jsonPath("$.periodCode").value("FYP14"));
        mvc.perform(as("staff", get("/api/v1/plan/periods")))
                .andExpect(jsonPath("$[*].code").value(contains("FYP14", "FYP15")));
    }

    @Test
    void thePipelineComesFromTheLatestCompletedRunClosestFirst() throws Exception {
        mvc.perform(as("auditor", get("/api/v1/plan/pipeline").param("asOf", "2026-01-15")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessmentYear").value(2026))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.entries[*].uscc").value(contains(ELIGIBLE_NEAR, ELIGIBLE_FAR, REVIEW)))
                .andExpect(jsonPath("$.entries[*].rank").value(contains(1, 2, 3)))
                .andExpect(jsonPath("$.entries[0].scoreMin").value(82))
                .andExpect(jsonPath("$.entries[0].districtName").value("鼓楼区"))
                .andExpect(jsonPath("$.entries[0].inHitechZone").value(true))
                .andExpect(jsonPath("$.entries[2].nationalHteOutcome").value("NEEDS_REVIEW"))
                .andExpect(jsonPath("$.entries[2].provincialHte").value(true));
        mvc.perform(as("auditor", get("/api/v1/plan/pipeline").param("asOf", "2026-01-15").param("limit", "1")))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.entries", hasSize(1)));
    }

    @Test
    void amongEnterprisesToReviewFewerOpenCriteriaRankBeforeAHigherScore() throws Exception {
        long run = fixtures.run(2026, "COMPLETED");
        String twoOpen = PlanFixtures.uscc(211);
        String oneOpen = PlanFixtures.uscc(212);
        String unreadable = PlanFixtures.uscc(213);
        fixtures.enterprise(twoOpen, "两项待核实科技有限公司", "350103", false);
        fixtures.enterprise(oneOpen, "一项待核实科技有限公司", "350103", false);
        fixtures.enterprise(unreadable, "结果缺失科技有限公司", "350103", false);
        fixtures.assessment(run, twoOpen, "NEEDS_REVIEW", 68, 90, 2);
        fixtures.assessment(run, oneOpen, "NEEDS_REVIEW", 60, 75, 1);
        fixtures.assessment(run, unreadable, "NEEDS_REVIEW", 70, 95);
        fixtures.assessment(run, ELIGIBLE_FAR, "ELIGIBLE", 71, 75, 0);

        mvc.perform(as("staff", get("/api/v1/plan/pipeline").param("asOf", "2026-01-15")))
                .andExpect(jsonPath("$.runId").value(run))
                .andExpect(jsonPath("$.entries[*].uscc").value(contains(ELIGIBLE_FAR, oneOpen, twoOpen, unreadable)))
                .andExpect(jsonPath("$.entries[*].openCriteria").value(contains(0, 1, 2, null)));
    }

    @Test
    void yearsAndDaysOutsideTheirRangeAreA400NamingTheParameter() throws Exception {
        for (String year : List.of("2147483647", "1999", "2101")) {
            mvc.perform(as("staff", get("/api/v1/plan/progress").param("year", year)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("year"))
                    .andExpect(jsonPath("$.errors[0].message").value(year.equals("1999") ? "年份不早于 2000 年"
                            : "年份不晚于 2100 年"));
        }
        mvc.perform(as("staff", get("/api/v1/plan/progress").param("year", "1999").param("lang", "en")))
                .andExpect(jsonPath("$.errors[0].message").value("The year must not be before 2000"));
        for (String day : List.of("-0001-01-01", "+999999999-12-31", "1899-12-31")) {
            mvc.perform(as("staff", get("/api/v1/plan/pipeline").param("asOf", day)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("asOf"));
        }
        mvc.perform(as("staff", get("/api/v1/classification-runs").param("assessmentYear", "2147483647")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assessmentYear"));
        mvc.perform(as("staff", get("/api/v1/plan/progress").param("year", "2025")))
                .andExpect(status().isOk());
    }

    @Test
    void thePipelineIsServedOnePageAtATimeRankedAcrossPages() throws Exception {
        mvc.perform(as("staff", get("/api/v1/plan/pipeline").param("asOf", "2026-01-15").param("offset", "1")
                        .param("limit", "1")))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.entries[*].uscc").value(contains(ELIGIBLE_FAR)))
                .andExpect(jsonPath("$.entries[*].rank").value(contains(2)));
        mvc.perform(as("staff", get("/api/v1/plan/pipeline").param("asOf", "2026-01-15").param("offset", "3")))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.entries", hasSize(0)));
    }

    @Test
    void pipelineTiesGoToTheHigherReachableScoreThenTheUsccAndUnknownsComeLast() throws Exception {
        long run = fixtures.run(2026, "COMPLETED");
        String lowerMax = PlanFixtures.uscc(221);
        String higherMax = PlanFixtures.uscc(222);
        String higherMaxLaterUscc = PlanFixtures.uscc(223);
        String openUnknown = PlanFixtures.uscc(224);
        String openAndScoreUnknown = PlanFixtures.uscc(225);
        String reviewButClosest = PlanFixtures.uscc(226);
        for (String uscc : List.of(lowerMax, higherMax, higherMaxLaterUscc, openUnknown, openAndScoreUnknown,
                reviewButClosest)) {
            fixtures.enterprise(uscc, "排序" + uscc + "科技有限公司", "350103", false);
        }
        fixtures.assessment(run, lowerMax, "ELIGIBLE", 70, 80, 1);
        fixtures.assessment(run, higherMaxLaterUscc, "ELIGIBLE", 70, 90, 1);
        fixtures.assessment(run, higherMax, "ELIGIBLE", 70, 90, 1);
        fixtures.assessment(run, openAndScoreUnknown, "ELIGIBLE", null, null);
        fixtures.assessment(run, openUnknown, "ELIGIBLE", 50, 60);
        fixtures.assessment(run, reviewButClosest, "NEEDS_REVIEW", 99, 100, 0);

        mvc.perform(as("staff", get("/api/v1/plan/pipeline").param("asOf", "2026-01-15")))
                .andExpect(jsonPath("$.entries[*].uscc").value(contains(higherMax, higherMaxLaterUscc, lowerMax,
                        openUnknown, openAndScoreUnknown, reviewButClosest)));
    }

    @Test
    void certificatesEndingWithinTwelveMonthsWithoutARenewalAreListedWithTheLatestOutcome() throws Exception {
        mvc.perform(as("staff", get("/api/v1/plan/expiring").param("asOf", "2026-01-15")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].uscc").value(contains(EXPIRING_STILL_OK)))
                .andExpect(jsonPath("$[0].certificateNo").value("GR202335000777"))
                .andExpect(jsonPath("$[0].validUntil").value("2026-11-30"))
                .andExpect(jsonPath("$[0].daysLeft").value(319))
                .andExpect(jsonPath("$[0].latestOutcome").value("ELIGIBLE"))
                .andExpect(jsonPath("$[0].stillMeetsConditions").value(true));
        mvc.perform(as("staff", get("/api/v1/plan/expiring").param("asOf", "2026-06-01")))
                .andExpect(jsonPath("$[*].uscc").value(contains(EXPIRING_STILL_OK, EXPIRING_LATER)))
                .andExpect(jsonPath("$[1].stillMeetsConditions").value(nullValue()));
    }

    @Test
    void theForecastAddsThePipelineAndSubtractsExpiriesAtTheRatesStaffSet() throws Exception {
        mvc.perform(as("staff", put("/api/v1/plan/periods/FYP15/forecast-rates")
                        .content("{\"conversionRate\": 0.5, \"nonRenewalRate\": 0.5}")))
                .andExpect(status().isNotFound());
        // 2025-06-30: five certificates valid (issued 2022-12-01, 2023-11-01, 2023-12-01, 2024-06-01, 2024-12-01);
        // pipeline of the latest run 2 + 1; one ends by 31 Dec 2025 (2025-11-30, no renewal behind it).
        // 5 + round(3 × 0.5) − round(1 × 0.3), rounding half up
        mvc.perform(as("auditor", get("/api/v1/plan/forecast").param("period", "FYP14").param("asOf", "2025-06-30")))
                .andExpect(jsonPath("$.closed").value(false))
                .andExpect(jsonPath("$.certifiedNow").value(5))
                .andExpect(jsonPath("$.pipelineEligible").value(2))
                .andExpect(jsonPath("$.pipelineNeedsReview").value(1))
                .andExpect(jsonPath("$.expiringByTargetYear").value(1))
                .andExpect(jsonPath("$.forecast").value(5 + 2 - 0))
                .andExpect(jsonPath("$.gapToTarget").value(4000 - 7));

        mvc.perform(as("auditor", put("/api/v1/plan/periods/FYP14/forecast-rates")
                        .content("{\"conversionRate\": 1, \"nonRenewalRate\": 1}")))
                .andExpect(status().isForbidden());
        mvc.perform(as("staff", put("/api/v1/plan/periods/FYP14/forecast-rates")
                        .content("{\"conversionRate\": 1.5, \"nonRenewalRate\": -0.1}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("conversionRate", "nonRenewalRate")));
        mvc.perform(as("staff", put("/api/v1/plan/periods/FYP14/forecast-rates")
                        .content("{\"conversionRate\": 1, \"nonRenewalRate\": 1}")))
                .andExpect(status().isOk());

        mvc.perform(as("auditor", get("/api/v1/plan/forecast").param("period", "FYP14").param("asOf", "2025-06-30")))
                .andExpect(jsonPath("$.conversionRate").value(1))
                .andExpect(jsonPath("$.forecast").value(5 + 3 - 1));
        mvc.perform(as("auditor", get("/api/v1/plan/forecast").param("period", "FYP14").param("asOf", "2026-01-15")))
                .andExpect(jsonPath("$.closed").value(true))
                .andExpect(jsonPath("$.forecast").value(4));
        mvc.perform(as("auditor", get("/api/v1/plan/periods/FYP14/history")))
                .andExpect(jsonPath("$[*].field").value(hasItem("conversionRate")));
    }

    private MockHttpServletRequestBuilder as(String role, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic("plan-api-" + role, PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }

    private static CertificateRecord national(LocalDate issuedOn) {
        return CertificateRecord.of(Programme.NATIONAL_HTE, issuedOn, null);
    }
}
