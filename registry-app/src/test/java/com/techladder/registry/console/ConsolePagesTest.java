package com.techladder.registry.console;

import static com.techladder.registry.testing.ClassifiedRegistry.CANGSHAN;
import static com.techladder.registry.testing.ClassifiedRegistry.GULOU;
import static com.techladder.registry.testing.ClassifiedRegistry.MAWEI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.techladder.batch.classification.ClassificationLock;
import com.techladder.batch.classification.ClassificationRun;
import com.techladder.batch.classification.ClassificationRunRepository;
import com.techladder.batch.assessment.AssessmentJson;
import com.techladder.batch.assessment.Assessments;
import com.techladder.registry.assessment.RunLauncher;
import com.techladder.batch.DatabaseSpecific;
import com.techladder.rules.result.Assessment;
import com.techladder.rules.result.ProgrammeResult;
import com.techladder.registry.testing.ClassifiedRegistry;

/** The staff console's pages over a small classified registry: content, escaping, forms and their errors. */
@DatabaseSpecific
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsolePagesTest {

    private static final RequestPostProcessor STAFF = user("console-test-staff").roles("STAFF");
    private static final Path EXAMPLES = Path.of("..", "sample-data", "examples");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RunLauncher launcher;
    @Autowired
    ClassificationRunRepository runs;
    @Autowired
    ClassificationLock lock;
    @Autowired
    Assessments assessments;

    private ClassificationRun run;

    @BeforeAll
    void classifiedRegistry() {
        ClassifiedRegistry registry = new ClassifiedRegistry(jdbc);
        registry.reset();
        registry.enterprises();
        run = registry.classify(launcher, runs);
    }

    @Test
    void theStartPageShowsTheNextNightlyRunTheLastRunAndTheLastImport() throws Exception {
        String page = page(get("/console"));
        // the schedule as a time, not as the cron expression it comes from (internal text)
        assertThat(page).contains("夜间分类计划", "下次运行", "Asia/Shanghai").doesNotContain("0 0 2 * * *", "cron")
                .contains("/console/runs/" + run.id())
                .contains("fixture.csv");
    }

    @Test
    void aRunPageShowsTheDayTheRunAssessedOn() throws Exception {
        assertThat(run.assessmentDay()).isNotNull();
        assertThat(page(get("/console/runs/" + run.id()))).contains("评价日", "id=\"run-assessment-day\"")
                .contains(run.assessmentDay().toString());
    }

    @Test
    void theSearchFindsByNameUsccPrefixAndDistrict() throws Exception {
        assertThat(page(get("/console/enterprises").param("q", "闽江光电"))).contains(GULOU).doesNotContain(CANGSHAN, MAWEI);
        assertThat(page(get("/console/enterprises").param("q", GULOU.substring(0, 12).toLowerCase())))
                .contains(GULOU, CANGSHAN, MAWEI).contains("共 3 家企业");
        assertThat(page(get("/console/enterprises").param("district", "350104")))
                .contains(CANGSHAN).doesNotContain(GULOU, MAWEI).contains("共 1 家企业");
    }

    /** The outcome filter is checked against the assessment table read independently. */
    @Test
    void theSearchFiltersOnTheOutcomesAndTiersOfTheLatestRun() throws Exception {
        List<String> eligible = jdbc.queryForList("SELECT TRIM(uscc) FROM assessment WHERE run_id = ?"
                + " AND tech_sme_outcome = 'ELIGIBLE'", String.class, run.id());
        String page = page(get("/console/enterprises").param("programme", "TECH_SME").param("outcome", "ELIGIBLE"));
        assertThat(page).contains("共 " + eligible.size() + " 家企业");
        for (String uscc : ClassifiedRegistry.ALL) {
            if (eligible.contains(uscc)) {
                assertThat(page).contains(uscc);
            } else {
                assertThat(page).doesNotContain(uscc);
            }
        }
        String tier = jdbc.queryForObject("SELECT eligible_tier FROM assessment WHERE run_id = ? AND uscc = ?",
                String.class, run.id(), MAWEI);
        Long sameTier = jdbc.queryForObject("SELECT COUNT(*) FROM assessment WHERE run_id = ? AND eligible_tier = ?",
                Long.class, run.id(), tier);
        assertThat(page(get("/console/enterprises").param("tier", tier))).contains(MAWEI).contains("共 " + sameTier + " 家企业");
    }

    @Test
    void anEnterpriseNamedWithMarkupIsShownAsText() throws Exception {
        String search = page(get("/console/enterprises").param("district", "350104"));
        String record = page(get("/console/enterprises/" + CANGSHAN));
        for (String page : List.of(search, record)) {
            assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;福州标签科技有限公司")
                    .doesNotContain("<script>alert(");
        }
    }

    @Test
    void anEnterprisePageShowsTheRecordItsYearsAndItsLatestAssessmentWithALinkToTheTrace() throws Exception {
        String page = page(get("/console/enterprises/" + GULOU.toLowerCase()));
        assertThat(page).contains("福州闽江光电科技有限公司", "鼓楼区", "会计年度数据", "2022", "2023", "2024", "职工总数")
                .contains("分类运行 #" + run.id() + "（2025 年度）")
                .contains("/review/runs/" + run.id() + "/enterprises/" + GULOU)
                .contains("id=\"latest-reference-day\"", "按 2025-");
        mvc.perform(get("/console/enterprises/" + ClassifiedRegistry.GULOU.replace('1', '2')).with(STAFF))
                .andExpect(status().isNotFound());
    }

    /**
     * The rung a stored assessment names rests on provisional values exactly when the result says so, and every
     * programme says the day it was judged on; the 省高企 outcome always rests on provisional conditions.
     */
    @Test
    void anEnterprisePageMarksAProvisionalRungAndOutcomeWith暂定AndNamesEachProgrammesDay() throws Exception {
        int provisionalRungs = 0;
        for (String uscc : ClassifiedRegistry.ALL) {
            Assessment stored = AssessmentJson.parseResult(assessments.find(run.id(), uscc).orElseThrow().result());
            String page = page(get("/console/enterprises/" + uscc));
            if (stored.eligibleTierProvisional()) {
                provisionalRungs++;
                assertThat(page).contains("id=\"latest-eligible-tier-provisional\"");
            } else {
                assertThat(page).doesNotContain("latest-eligible-tier-provisional");
            }
            for (ProgrammeResult p : stored.programmes()) {
                assertThat(p.referenceDay()).isNotNull();
                assertThat(page).contains("id=\"reference-day-" + p.programme() + "\">按 " + p.referenceDay() + " 判断");
            }
            ProgrammeResult provincial = stored.programmes().get(1);
            assertThat(provincial.provisional()).isTrue();
            String provincialRow = page.substring(page.indexOf(">省级高新技术企业<"), page.indexOf("reference-day-PROVINCIAL_HTE"));
            assertThat(provincialRow).contains("暂定");
        }
        assertThat(provisionalRungs).as("an enterprise of the fixture reaches its rung on provisional values").isPositive();
        // the search list names the same rungs with the same mark
        String list = page(get("/console/enterprises"));
        assertThat(list.split("hit-tier-provisional", -1)).hasSize(provisionalRungs + 1);
        assertThat(page(get("/console/enterprises/" + GULOU).param("lang", "en")))
                .contains("Judged as of " + ClassifiedRegistry.YEAR + "-");
    }

    @Test
    void aLaunchWithAYearOutOfRangeIsRefusedNextToTheField() throws Exception {
        int before = runs.list(null, 1000).size();
        String page = mvc.perform(post("/console/runs").param("assessmentYear", "1999").with(STAFF).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("评价年度应在 2000 至 2100 年之间", "field-error");
        assertThat(runs.list(null, 1000)).hasSize(before);
    }

    @Test
    void aLaunchWhileAnotherRunHoldsTheLockSaysSoAndStartsNothing() throws Exception {
        int before = runs.list(null, 1000).size();
        assertThat(lock.tryAcquire("console-test")).isTrue();
        try {
            String page = mvc.perform(post("/console/runs").param("assessmentYear", "2025").with(STAFF).with(csrf()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("另一个分类运行正在进行");
        } finally {
            lock.release("console-test");
        }
        assertThat(runs.list(null, 1000)).hasSize(before);
    }

    @Test
    void aFileRefusedAsAWholeComesBackOnTheFormWithTheReason() throws Exception {
        byte[] noUsccColumn = Files.readAllBytes(EXAMPLES.resolve("enterprises-missing-uscc-column-gb18030.csv"));
        String page = mvc.perform(multipart("/console/imports")
                        .file(new MockMultipartFile("file", "missing-uscc.csv", "text/csv", noUsccColumn))
                        .param("kind", "enterprises").with(STAFF).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("文件被整体拒绝").contains("统一社会信用代码");
    }

    @Test
    void anUploadWithoutAFileAsksForOne() throws Exception {
        String page = mvc.perform(multipart("/console/imports").param("kind", "enterprises").with(STAFF).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请选择文件类型和要上传的 CSV 文件");
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(STAFF)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
