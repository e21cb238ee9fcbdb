package com.techladder.registry.review;

import static com.techladder.registry.testing.ClassifiedRegistry.CANGSHAN;
import static com.techladder.registry.testing.ClassifiedRegistry.GULOU;
import static com.techladder.registry.testing.ClassifiedRegistry.MAWEI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.techladder.batch.assessment.AssessmentJson;
import com.techladder.batch.classification.ClassificationRun;
import com.techladder.batch.classification.ClassificationRunRepository;
import com.techladder.batch.assessment.Assessments;
import com.techladder.registry.assessment.RunLauncher;
import com.techladder.batch.assessment.StoredAssessment;
import com.techladder.registry.testing.ClassifiedRegistry;
import com.techladder.rules.result.Assessment;
import com.techladder.rules.result.CriterionResult;

/**
 * The auditor's pages over two runs of a small registry, between which one enterprise's input changed: runs with their
 * rule sets, a decision trace as stored, the diff, the audit log; and nothing on them that could change anything.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewPagesTest {

    private static final RequestPostProcessor AUDITOR = user("review-test-auditor").roles("AUDITOR");
    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>", Pattern.CASE_INSENSITIVE);

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

    private ClassificationRun before;
    private ClassificationRun after;

    @BeforeAll
    void twoRunsWithAChangedInputBetween() {
        ClassifiedRegistry registry = new ClassifiedRegistry(jdbc);
        registry.reset();
        registry.enterprises();
        before = registry.classify(launcher, runs);
        registry.gulouLosesItsTechStaff();
        after = registry.classify(launcher, runs);
    }

    @Test
    void theRunsListShowsEveryRunWithItsRuleSetVersion() throws Exception {
        String page = page("/review");
        assertThat(page).contains("/review/runs/" + before.id(), "/review/runs/" + after.id())
                .contains(before.rulesetVersion());
    }

    @Test
    void aRunPageShowsItsParameterSnapshotExportsAndOnlyGetForms() throws Exception {
        String page = page("/review/runs/" + after.id());
        assertThat(page).contains(after.rulesetVersion(), "参数快照")
                .contains("/api/v1/classification-runs/" + after.id() + "/results.csv")
                .contains("/api/v1/classification-runs/" + after.id() + "/results.xlsx")
                .contains("/review/diff")
                .contains("id=\"run-assessment-day\">" + after.assessmentDay());
        String firstKey = after.parameterSnapshot().substring(after.parameterSnapshot().indexOf('"') + 1);
        assertThat(page).contains(firstKey.substring(0, firstKey.indexOf('"')));
    }

    /** The search of a run lists what that run assessed, by its outcomes, each linked to its trace. */
    @Test
    void aRunsEnterprisesAreSearchedByOutcomeAndLinkedToTheirTraces() throws Exception {
        String tier = jdbc.queryForObject("SELECT eligible_tier FROM assessment WHERE run_id = ? AND uscc = ?",
                String.class, before.id(), GULOU);
        Long sameTier = jdbc.queryForObject("SELECT COUNT(*) FROM assessment WHERE run_id = ? AND eligible_tier = ?",
                Long.class, before.id(), tier);
        String page = page("/review/runs/" + before.id() + "/enterprises?tier=" + tier);
        assertThat(page).contains("/review/runs/" + before.id() + "/enterprises/" + GULOU)
                .contains("共 " + sameTier + " 家企业")
                .doesNotContain("id=\"run\"");
        assertThat(page("/review/runs/" + before.id() + "/enterprises")).contains("共 3 家企业");
    }

    @Test
    void aTypedUsccGoesToItsTrace() throws Exception {
        mvc.perform(get("/review/runs/" + before.id() + "/trace").param("uscc", " " + GULOU.toLowerCase() + " ").with(AUDITOR))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/review/runs/" + before.id() + "/enterprises/" + GULOU));
    }

    /** Every criterion of every programme is on the page as stored: the page is read against the stored JSON. */
    @Test
    void theDecisionTraceShowsEveryCriterionAsStoredWithTheVerifiedInputHash() throws Exception {
        String page = page("/review/runs/" + before.id() + "/enterprises/" + GULOU);
        StoredAssessment record = assessments.find(before.id(), GULOU).orElseThrow();
        Assessment stored = AssessmentJson.parseResult(record.result());
        String hash = record.inputHash();
        assertThat(stored.programmes()).hasSize(4);
        for (var programme : stored.programmes()) {
            assertThat(page).contains("id=\"programme-" + programme.programme() + "\"");
            for (CriterionResult criterion : programme.criteria()) {
                assertThat(page).contains(criterion.id(), escaped(criterion.clause()), escaped(criterion.description()));
            }
        }
        for (var subsidy : stored.subsidies()) {
            assertThat(page).contains(escaped(subsidy.basis()));
        }
        assertThat(page).contains(hash, "与存档的输入数据一致", "福州闽江光电科技有限公司");
    }

    /**
     * The trace page and the trace API name a rung resting on provisional values with 暂定 (the API: {@code
     * eligibleTierProvisional}), every programme's day, and each subsidy's undetermined flag, as the self-check does.
     */
    @Test
    void theDecisionTraceMarksAProvisionalRungAndNamesTheDaysOnThePageAndInTheApi() throws Exception {
        int provisionalRungs = 0;
        for (String uscc : ClassifiedRegistry.ALL) {
            Assessment stored = AssessmentJson.parseResult(assessments.find(before.id(), uscc).orElseThrow().result());
            String page = page("/review/runs/" + before.id() + "/enterprises/" + uscc);
            assertThat(page.contains("id=\"trace-eligible-tier-provisional\"")).isEqualTo(stored.eligibleTierProvisional());
            provisionalRungs += stored.eligibleTierProvisional() ? 1 : 0;
            assertThat(page).contains("id=\"trace-reference-day\">按 " + stored.referenceDay() + " 判断");
            for (var programme : stored.programmes()) {
                assertThat(page).contains("id=\"reference-day-" + programme.programme() + "\">按 " + programme.referenceDay() + " 判断");
            }
            String provincial = page.substring(page.indexOf("id=\"programme-PROVINCIAL_HTE\""),
                    page.indexOf("reference-day-PROVINCIAL_HTE"));
            assertThat(provincial).contains("暂定");
            mvc.perform(get("/api/v1/classification-runs/" + before.id() + "/assessments/" + uscc).with(AUDITOR))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.eligibleTierProvisional").value(stored.eligibleTierProvisional()))
                    .andExpect(jsonPath("$.assessmentDay").value(before.assessmentDay().toString()))
                    .andExpect(jsonPath("$.referenceDay").value(stored.referenceDay().toString()))
                    .andExpect(jsonPath("$.programmes[1].provisional").value(true))
                    .andExpect(jsonPath("$.programmes[1].referenceDay").value(stored.programmes().get(1).referenceDay().toString()))
                    .andExpect(jsonPath("$.subsidies[*].undetermined").isNotEmpty());
        }
        assertThat(provisionalRungs).as("an enterprise of the fixture reaches its rung on provisional values").isPositive();
    }

    @Test
    void theTraceOfAnEnterpriseTheRunDidNotAssessIsNotFound() throws Exception {
        mvc.perform(get("/review/runs/" + before.id() + "/enterprises/" + GULOU.replace('1', '3')).with(AUDITOR))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDiffListsExactlyTheEnterpriseWhoseInputChangedAndWhy() throws Exception {
        String page = page("/review/diff?from=" + before.id() + "&to=" + after.id());
        assertThat(page).contains("id=\"diff-" + GULOU + "\"", "输入数据变化", "两次运行的规则集和参数相同")
                .doesNotContain("id=\"diff-" + CANGSHAN + "\"", "id=\"diff-" + MAWEI + "\"")
                // criteria by what they ask, not by their ids; the enterprise by its name
                .doesNotContain("TECH_SME.").contains("福州闽江光电科技有限公司", "id=\"diff-kinds\"");
        assertThat(page).contains("<dd id=\"diff-changed\">1</dd>", "<dd id=\"diff-compared\">3</dd>");
    }

    @Test
    void theAuditLogShowsTheLaunches() throws Exception {
        // in words, not action codes and JSON
        assertThat(page("/review/audit-log")).contains("发起分类运行", "分类运行 #" + after.id(),
                "href=\"/review/runs/" + after.id() + "\"").doesNotContain(">CLASSIFICATION_RUN_LAUNCHED<", "{&quot;");
        assertThat(page("/review/audit-log?action=RESULTS_EXPORTED")).doesNotContain("发起分类运行</td>");
    }

    /** Read-only by construction: the only form that posts is the header's logout. */
    @Test
    void noReviewPageHoldsAFormThatPosts() throws Exception {
        List<String> pages = List.of("/review", "/review/runs/" + after.id(), "/review/runs/" + after.id() + "/enterprises",
                "/review/runs/" + after.id() + "/enterprises/" + GULOU,
                "/review/diff?from=" + before.id() + "&to=" + after.id(), "/review/audit-log",
                "/review/imports", "/review/imports/" + importId());
        for (String path : pages) {
            Matcher forms = FORM.matcher(page(path));
            int count = 0;
            while (forms.find()) {
                String form = forms.group();
                count++;
                assertThat(form.contains("method=\"get\"") || form.contains("action=\"/logout\""))
                        .as("%s: %s", path, form).isTrue();
            }
            assertThat(count).as(path).isPositive();
        }
    }

    /** A message key missing from a bundle shows as ??key??: every page, both languages, none of them. */
    @Test
    void everyConsoleAndReviewPageHasAllItsTextsInChineseAndEnglish() throws Exception {
        RequestPostProcessor admin = user("review-test-admin").roles("ADMIN");
        List<String> paths = List.of("/console", "/console/imports", "/console/imports/" + importId(),
                "/console/enterprises", "/console/enterprises/" + GULOU, "/console/runs", "/console/runs/" + after.id(),
                "/review", "/review/runs/" + after.id(), "/review/runs/" + after.id() + "/enterprises",
                "/review/runs/" + after.id() + "/enterprises/" + GULOU,
                "/review/diff?from=" + before.id() + "&to=" + after.id(), "/review/audit-log",
                "/review/imports", "/review/imports/" + importId());
        for (String lang : List.of("zh_CN", "en")) {
            for (String path : paths) {
                String page = mvc.perform(get(path).param("lang", lang).with(admin)).andExpect(status().isOk())
                        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
                assertThat(page).as("%s in %s", path, lang).doesNotContain("??");
            }
        }
        String english = mvc.perform(get("/review/runs/" + after.id()).param("lang", "en").with(admin))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Parameter snapshot", "Export CSV").doesNotContain("参数快照");
    }

    private long importId() {
        return jdbc.queryForObject("SELECT MAX(id) FROM data_import", Long.class);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(AUDITOR)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** As Thymeleaf's th:text writes it. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
