package com.techladder.registry.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import com.techladder.batch.assessment.AssessmentJson;
import com.techladder.batch.classification.ClassificationRuns;
import com.techladder.batch.classification.RunStatus;
import com.techladder.registry.security.Role;
import com.techladder.registry.security.UserAccounts;
import com.techladder.batch.DatabaseSpecific;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The classification-runs API and the official assessment over the database: runs launched and followed as the
 * contract shows them, the exports, the traces, official and failed runs, the audit log. Who may launch, the launch
 * problems and the absent write methods are {@link ClassificationRunWebTest}'s.
 */
@DatabaseSpecific
@SpringBootTest
@AutoConfigureMockMvc
class ClassificationApiTest {

    private static final String PASSWORD = "classification-api-test";
    private static final String STAFF = "cls-api-staff";
    private static final String AUDITOR = "cls-api-auditor";
    private static final String ADMIN = "cls-api-admin";
    private static final String OWN = ClassificationFixtures.uscc(1);
    private static final String OTHER = ClassificationFixtures.uscc(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ClassificationRuns classification;

    @BeforeEach
    void registryAndAccounts() {
        ClassificationFixtures.registry(jdbc);
        jdbc.update("DELETE FROM app_user WHERE username LIKE 'cls-api-%' OR username = ?", OWN);
        accounts.create(STAFF, PASSWORD, Role.STAFF, null);
        accounts.create(AUDITOR, PASSWORD, Role.AUDITOR, null);
        accounts.create(ADMIN, PASSWORD, Role.ADMIN, null);
        accounts.create(OWN, PASSWORD, Role.ENTERPRISE, OWN);
    }

    @Test
    void staffLaunchesARunAndEveryReaderFollowsItAsTheContractShowsIt() throws Exception {
        long runId = completedRun();

        mvc.perform(get("/api/v1/classification-runs/" + runId).with(httpBasic(AUDITOR, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.runId").value(Long.toString(runId)))
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.assessmentYear").value(ClassificationFixtures.YEAR))
                .andExpect(jsonPath("$.rulesetVersion").isNotEmpty())
                .andExpect(jsonPath("$.startedAt").isNotEmpty())
                .andExpect(jsonPath("$.assessmentDay").value(java.time.LocalDate.now().toString()))
                .andExpect(jsonPath("$.finishedAt").isNotEmpty())
                .andExpect(jsonPath("$.total").value(ClassificationFixtures.EMPLOYEES.size()))
                .andExpect(jsonPath("$.processed").value(ClassificationFixtures.EMPLOYEES.size()))
                .andExpect(jsonPath("$.tierCounts.NATIONAL_HTE").isNumber())
                .andExpect(jsonPath("$.tierCounts.PROVINCIAL_HTE").isNumber())
                .andExpect(jsonPath("$.tierCounts.TECH_SME").isNumber())
                .andExpect(jsonPath("$.tierCounts.NONE").isNumber())
                .andExpect(jsonPath("$.rate").isNumber())
                .andExpect(jsonPath("$.launchedBy").value(STAFF))
                .andExpect(jsonPath("$.trigger").value("MANUAL"));
        mvc.perform(get("/api/v1/classification-runs").with(httpBasic(STAFF, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].runId").value(Long.toString(runId)));
    }

    @Test
    void theResultsCsvHasTheContractsColumnsABomAndNoLiveFormula() throws Exception {
        long runId = completedRun();

        MvcResult result = download("/api/v1/classification-runs/" + runId + "/results.csv", AUDITOR);
        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        byte[] body = result.getResponse().getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        List<String[]> rows = new ArrayList<>();
        try (var reader = new com.opencsv.CSVReader(new StringReader(new String(body, 3, body.length - 3,
                StandardCharsets.UTF_8)))) {
            reader.forEach(rows::add);
        }
        assertThat(rows.get(0)).containsExactly("run_id", "uscc", "name", "district", "assessment_year",
                "certified_tier", "eligible_tier", "tech_sme_outcome", "tech_sme_score", "provincial_hte_outcome",
                "national_hte_outcome", "national_hte_score_min", "national_hte_score_max", "little_giant_outcome",
                "rd_segmented_grant", "rd_growth_grant", "little_giant_reward", "hte_recognition_reward",
                "ruleset_version", "input_hash",
                // extensions after the contract's columns: the eligible tier rests on provisional values (暂定)
                "eligible_tier_provisional");
        assertThat(rows).hasSize(1 + ClassificationFixtures.EMPLOYEES.size());
        String[] formulaRow = rows.stream().filter(r -> r[1].equals(ClassificationFixtures.uscc(0))).findFirst().orElseThrow();
        assertThat(formulaRow[2]).isEqualTo("'" + ClassificationFixtures.FORMULA_NAME);
        assertThat(formulaRow[0]).isEqualTo(Long.toString(runId));
        assertThat(formulaRow[19]).isEqualTo(jdbc.queryForObject(
                "SELECT input_hash FROM assessment WHERE run_id = ? AND uscc = ?", String.class, runId, formulaRow[1]));
        for (String[] row : rows.subList(1, rows.size())) {
            Boolean provisional = jdbc.queryForObject("SELECT eligible_tier_provisional FROM assessment"
                    + " WHERE run_id = ? AND uscc = ?", Boolean.class, runId, row[1]);
            assertThat(row[20]).as("eligible_tier_provisional of %s", row[1]).isEqualTo(String.valueOf(provisional));
        }
        for (String[] row : rows.subList(1, rows.size())) {
            for (String cell : row) {
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
            }
        }
        assertThat(ResultsExport.csvCell("+1")).isEqualTo("'+1");
        assertThat(ResultsExport.csvCell("-2+3")).isEqualTo("'-2+3");
        assertThat(ResultsExport.csvCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ResultsExport.csvCell("福州")).isEqualTo("福州");
    }

    @Test
    void theResultsXlsxHasTheSameColumnsAndNoLiveFormula() throws Exception {
        long runId = completedRun();

        byte[] body = download("/api/v1/classification-runs/" + runId + "/results.xlsx?columns=contract", STAFF)
                .getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            List<String> columns = new ArrayList<>();
            header.forEach(cell -> columns.add(cell.getStringCellValue()));
            assertThat(columns).isEqualTo(ResultsExport.COLUMNS);
            assertThat(sheet.getLastRowNum()).isEqualTo(ClassificationFixtures.EMPLOYEES.size());
            boolean sawFormulaName = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA));
                if (row.getCell(1).getStringCellValue().equals(ClassificationFixtures.uscc(0))) {
                    assertThat(row.getCell(2).getStringCellValue()).isEqualTo("'" + ClassificationFixtures.FORMULA_NAME);
                    sawFormulaName = true;
                }
                assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(ClassificationFixtures.YEAR);
            }
            assertThat(sawFormulaName).isTrue();
        }
    }

    /** By default the workbook is the one staff hand on: the same columns under headers in words, names for codes. */
    @Test
    void theResultsXlsxSaysItInWordsByDefault() throws Exception {
        long runId = completedRun();
        byte[] body = download("/api/v1/classification-runs/" + runId + "/results.xlsx", STAFF)
                .getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("分类结果");
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).hasSameSizeAs(ResultsExport.COLUMNS)
                    .startsWith("分类运行", "统一社会信用代码", "企业名称", "所属区县", "评价年度")
                    .contains("国家高新技术企业", "高企认定奖励（万元）");
            int district = headers.indexOf("所属区县");
            int national = headers.indexOf("国家高新技术企业");
            int tier = headers.indexOf("符合条件的最高梯队");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getCell(district).getStringCellValue()).endsWith("区").doesNotMatch("\\d+");
                assertThat(row.getCell(national).getStringCellValue()).isIn("符合条件", "不符合", "需复核", "资料不足");
                assertThat(row.getCell(tier).getStringCellValue()).doesNotContain("_");
                // a formula-like name stays text there too
                row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA));
            }
        }
    }

    @Test
    void anEnterpriseReadsItsOwnOfficialAssessmentAndNoOneElses() throws Exception {
        long runId = completedRun();
        String hash = jdbc.queryForObject("SELECT input_hash FROM assessment WHERE run_id = ? AND uscc = ?", String.class,
                runId, OWN);

        mvc.perform(get("/api/v1/enterprises/" + OWN + "/assessment").with(httpBasic(OWN, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.runId").value(Long.toString(runId)))
                .andExpect(jsonPath("$.inputHash").value(hash))
                .andExpect(jsonPath("$.certifiedTier").value("NONE"))
                .andExpect(jsonPath("$.assessmentYear").value(ClassificationFixtures.YEAR))
                .andExpect(jsonPath("$.rulesetVersion").isNotEmpty())
                .andExpect(jsonPath("$.eligibleTier").value(Matchers.oneOf("NATIONAL_HTE", "PROVINCIAL_HTE", "TECH_SME", "NONE")))
                .andExpect(jsonPath("$.programmes[*].programme").value(Matchers.contains("TECH_SME", "PROVINCIAL_HTE",
                        "NATIONAL_HTE", "LITTLE_GIANT")))
                .andExpect(jsonPath("$.programmes[0].criteria[0].clause").isNotEmpty())
                .andExpect(jsonPath("$.programmes[0].criteria[0].result").isNotEmpty())
                .andExpect(jsonPath("$.assessmentDay").value(java.time.LocalDate.now().toString()))
                .andExpect(jsonPath("$.referenceDay").isNotEmpty())
                .andExpect(jsonPath("$.programmes[*].referenceDay").value(Matchers.everyItem(Matchers.notNullValue())))
                .andExpect(jsonPath("$.programmes[*].referenceDay").value(Matchers.hasSize(4)))
                .andExpect(jsonPath("$.subsidies").isArray());
        mvc.perform(get("/api/v1/enterprises/" + OTHER + "/assessment").with(httpBasic(OWN, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/enterprises/" + ClassificationFixtures.uscc(5) + "/assessment").with(httpBasic(STAFF, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.certifiedTier").value("NATIONAL_HTE"));
    }

    @Test
    void theDecisionTraceCarriesTheInputsTheResultWasComputedFrom() throws Exception {
        long runId = completedRun();

        String body = mvc.perform(get("/api/v1/classification-runs/" + runId + "/assessments/" + OTHER)
                        .with(httpBasic(AUDITOR, PASSWORD)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode trace = JSON.readTree(body);
        assertThat(trace.get("inputs").get("uscc").asText()).isEqualTo(OTHER);
        assertThat(trace.get("inputs").get("years")).hasSize(3);
        String storedInputs = jdbc.queryForObject("SELECT inputs FROM assessment WHERE run_id = ? AND uscc = ?",
                String.class, runId, OTHER);
        assertThat(trace.get("inputHash").asText()).isEqualTo(AssessmentJson.sha256(storedInputs));
        mvc.perform(get("/api/v1/classification-runs/" + runId + "/assessments/" + OTHER).with(httpBasic(OWN, PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRecordOfARunThatDidNotCompleteIsMarkedNotOfficialAndNeverServedAsCurrent() throws Exception {
        long official = completedRun();
        long dead = completedRun();
        // what the heartbeat does to a run whose instance died
        jdbc.update("UPDATE classification_run SET status = 'FAILED' WHERE id = ?", dead);

        mvc.perform(get("/api/v1/classification-runs/" + dead + "/assessments/" + OTHER).with(httpBasic(AUDITOR, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.runStatus").value("FAILED"))
                .andExpect(jsonPath("$.official").value(false))
                .andExpect(jsonPath("$.notice").value(org.hamcrest.Matchers.containsString("不是正式评价结果")));
        mvc.perform(get("/api/v1/classification-runs/" + official + "/assessments/" + OTHER).with(httpBasic(AUDITOR, PASSWORD)))
                .andExpect(jsonPath("$.runStatus").value("COMPLETED"))
                .andExpect(jsonPath("$.official").value(true))
                .andExpect(jsonPath("$.notice").doesNotExist());
        mvc.perform(get("/api/v1/enterprises/" + OTHER + "/assessment").with(httpBasic(STAFF, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.runId").value(Long.toString(official)));
    }

    @Test
    void aRestartAfterImportsChangedTheRegistryIsRefusedWithTheReason() throws Exception {
        long runId = completedRun();
        jdbc.update("UPDATE classification_run SET status = 'FAILED' WHERE id = ?", runId);
        jdbc.update("UPDATE import_merge_lock SET registry_version = registry_version + 2 WHERE id = 1");

        mvc.perform(post("/api/v1/classification-runs/" + runId + "/restart").with(httpBasic(STAFF, PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("登记库已有 2 次导入变更")));
        mvc.perform(post("/api/v1/classification-runs/" + runId + "/restart").param("lang", "en")
                        .header(org.springframework.http.HttpHeaders.ACCEPT_LANGUAGE, "en").with(httpBasic(STAFF, PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
                        "imports changed the registry 2 times")));
        assertThat(jdbc.queryForObject("SELECT status FROM classification_run WHERE id = ?", String.class, runId))
                .isEqualTo("FAILED");
    }

    @Test
    void launchesReplaysAndExportsAreInTheAuditLogWhichOnlyAuditorsAndAdminsRead() throws Exception {
        long runId = completedRun();
        mvc.perform(post("/api/v1/classification-runs/" + runId + "/replay").with(httpBasic(AUDITOR, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.compared").value(ClassificationFixtures.EMPLOYEES.size()))
                .andExpect(jsonPath("$.differing").value(0));
        download("/api/v1/classification-runs/" + runId + "/results.csv", ADMIN);

        mvc.perform(get("/api/v1/audit-log").with(httpBasic(AUDITOR, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].action").value("RESULTS_EXPORTED"))
                .andExpect(jsonPath("$[0].username").value(ADMIN))
                .andExpect(jsonPath("$[0].details.format").value("csv"))
                .andExpect(jsonPath("$[1].action").value("CLASSIFICATION_RUN_REPLAYED"))
                .andExpect(jsonPath("$[1].username").value(AUDITOR))
                .andExpect(jsonPath("$[2].action").value("CLASSIFICATION_RUN_LAUNCHED"))
                .andExpect(jsonPath("$[2].username").value(STAFF))
                .andExpect(jsonPath("$[2].target").value("classification-run/" + runId));
        // paged: a limit, then the entries older than the last one seen
        String firstPage = mvc.perform(get("/api/v1/audit-log").param("limit", "1").with(httpBasic(AUDITOR, PASSWORD)))
                .andExpect(jsonPath("$", hasSize(1)))
                .andReturn().getResponse().getContentAsString();
        long lastSeen = JsonPath.parse(firstPage).read("$[0].id", Long.class);
        mvc.perform(get("/api/v1/audit-log").param("limit", "1").param("before", Long.toString(lastSeen))
                        .with(httpBasic(AUDITOR, PASSWORD)))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].action").value("CLASSIFICATION_RUN_REPLAYED"));
        mvc.perform(get("/api/v1/audit-log").with(httpBasic(STAFF, PASSWORD)))
                .andExpect(status().isForbidden());
    }

    /** Exports stream their body asynchronously: wait for it. */
    private MvcResult download(String path, String user) throws Exception {
        MvcResult started = mvc.perform(get(path).with(httpBasic(user, PASSWORD)))
                .andExpect(request().asyncStarted())
                .andReturn();
        return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn();
    }

    private MockHttpServletRequestBuilder launch() {
        return post("/api/v1/classification-runs").contentType(MediaType.APPLICATION_JSON)
                .content("{\"assessmentYear\": " + ClassificationFixtures.YEAR + "}");
    }

    private long completedRun() throws Exception {
        String body = mvc.perform(launch().with(httpBasic(STAFF, PASSWORD)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.runId").isString())
                .andReturn().getResponse().getContentAsString();
        long runId = Long.parseLong(JSON.readTree(body).get("runId").asText());
        assertThat(classification.awaitEnd(runId, Duration.ofMinutes(1)).status()).isEqualTo(RunStatus.COMPLETED);
        return runId;
    }
}
