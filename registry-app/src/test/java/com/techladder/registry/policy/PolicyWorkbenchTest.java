package com.techladder.registry.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.techladder.batch.classification.RunEngines;
import com.techladder.registry.selfcheck.SelfCheckService;
import com.techladder.batch.DatabaseSpecific;
import com.techladder.rules.parameter.ParameterTexts;
import com.techladder.rules.parameter.ParameterYaml;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The policy workbench end to end over HTTP: a draft refused with every broken key, a draft stored, the author refused
 * approval (四眼原则), a second officer approving it into version 2 — in force at once for the self-check and new
 * runs, from its effective date only — every step in the audit log, and the version's files exported as YAML.
 * Its own context (approving changes the parameters in force): other tests never see version 2; on PostgreSQL, whose
 * database the contexts share, the versions it approved are removed after each test (only a test may delete one).
 */
@SpringBootTest(properties = "techladder.policy.poll=1s")
@AutoConfigureMockMvc
@DirtiesContext
@DatabaseSpecific
class PolicyWorkbenchTest {

    private static final RequestPostProcessor POLICY = user("policy").roles("POLICY_OFFICER");
    private static final RequestPostProcessor POLICY2 = user("policy2").roles("POLICY_OFFICER");
    private static final RequestPostProcessor STAFF = user("staff").roles("STAFF");

    /** From 2026-07-01 a 科小 may have at most 100 employees (a made-up measure). */
    private static final String DRAFT = """
            {"title": "科小职工人数上限调整", "reason": "测试〔2026〕1号",
             "changes": [{"key": "tech_sme.max_employees", "effectiveFrom": "2026-07-01", "value": 100,
                          "source": "测试〔2026〕1号 第二条", "confidence": "confirmed"}]}
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SelfCheckService selfCheck;
    @Autowired
    RunEngines runEngines;
    @Autowired
    ParametersInForce inForce;
    @Autowired
    ParameterVersions versionTable;

    @AfterEach
    void removeTheApprovedVersions() {
        jdbc.update("DELETE FROM parameter_version WHERE version > 1");
        jdbc.update("DELETE FROM parameter_draft");
        inForce.refresh();
    }

    @Test
    void aDraftApprovedByASecondOfficerIsInForceFromItsDateEverywhere() throws Exception {
        JsonNode before2026 = selfCheck(2026);
        JsonNode before2025 = selfCheck(2025);
        assertThat(versions()).hasSize(1);
        assertThat(inForce.engine()).as("version 1, the shipped files, keeps the shared engine")
                .isSameAs(com.techladder.rules.engine.PolicyEngines.standard());
        // another instance on the same database, polling on its own
        ParametersInForce otherInstance = new ParametersInForce(versionTable);
        var engineOfARequestInFlight = otherInstance.engine();

        long draftId = json.readTree(mvc.perform(post("/api/v1/policy/drafts").with(POLICY).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(DRAFT))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).path("draftId").asLong();
        assertThat(selfCheck(2026)).as("a draft changes no answer").isEqualTo(before2026);

        mvc.perform(post("/api/v1/policy/drafts/{id}/approve", draftId).with(POLICY).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/policy/drafts/{id}/approve", draftId).with(STAFF).with(csrf()))
                .andExpect(status().isForbidden());
        String approved = mvc.perform(post("/api/v1/policy/drafts/{id}/approve", draftId).with(POLICY2).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"同意\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(approved).path("version").asInt()).isEqualTo(2);
        mvc.perform(post("/api/v1/policy/drafts/{id}/approve", draftId).with(POLICY2).with(csrf()))
                .andExpect(status().isConflict());

        assertThat(inForce.inForce().version().number()).isEqualTo(2);
        assertThat(otherInstance.engine()).as("until its next poll").isSameAs(engineOfARequestInFlight);
        assertThat(otherInstance.refresh().version().number()).isEqualTo(2);
        assertThat(otherInstance.engine().parameterSnapshot()).isEqualTo(inForce.engine().parameterSnapshot());
        assertThat(runEngines.current()).as("new runs use version 2").isSameAs(selfCheck.engine());
        assertThat(selfCheck.engine().parameterSnapshot()).isNotEqualTo(
                com.techladder.rules.engine.PolicyEngines.standard().parameterSnapshot());
        assertThat(techSme(selfCheck(2026))).as("from 2026-07-01 on").isNotEqualTo(techSme(before2026));
        assertThat(selfCheck(2025)).as("before it, nothing changed").isEqualTo(before2025);

        JsonNode versions = versions();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).path("effectiveFrom").asString()).isEqualTo("2026-07-01");
        assertThat(versions.get(0).path("sources").asString()).isEqualTo("测试〔2026〕1号 第二条");
        assertThat(versions.get(0).path("changes").get(0).path("key").asString()).isEqualTo("tech_sme.max_employees");
        assertThat(versions.get(0).path("changes").get(0).path("value").asString()).isEqualTo("100");

        assertThat(jdbc.queryForList("SELECT action FROM audit_log WHERE target IN (?, 'parameter-version/2') ORDER BY id",
                String.class, "policy-draft/" + draftId))
                .containsExactly("POLICY_DRAFT_CREATED", "POLICY_DRAFT_APPROVED", "POLICY_VERSION_CREATED");

        ParameterTexts exported = unzip(mvc.perform(get("/api/v1/policy/versions/2/files.zip"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        ParameterYaml.Read read = ParameterYaml.read(exported);
        assertThat(read.problems()).isEmpty();
        assertThat(read.set().toCanonicalJson()).isEqualTo(inForce.inForce().parameters().toCanonicalJson());
        assertThat(read.set().forYear(2026).number("tech_sme.max_employees")).isEqualTo(100);
        ParameterTexts first = unzip(mvc.perform(get("/api/v1/policy/versions/1/files.zip"))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(first).as("version 1 is the shipped files, byte for byte").isEqualTo(ParameterTexts.shipped());
    }

    @Test
    void aBrokenDraftIsRefusedNamingEveryKeyAndNothingIsStored() throws Exception {
        String broken = """
                {"title": "", "reason": "x",
                 "changes": [{"key": "rd_growth_grant.rate", "effectiveFrom": "2026-07-01", "value": 1.5,
                              "source": "文号", "confidence": "confirmed"},
                             {"key": "rd_growth_grant.cap", "effectiveFrom": "2026-07-01", "value": -1,
                              "source": "", "confidence": "confirmed"},
                             {"key": "no.such", "effectiveFrom": "2026-07-01", "value": 1, "source": "文号",
                              "confidence": "confirmed"}]}
                """;
        Integer drafts = jdbc.queryForObject("SELECT COUNT(*) FROM parameter_draft", Integer.class);
        String problem = mvc.perform(post("/api/v1/policy/drafts").with(POLICY).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(broken))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode errors = json.readTree(problem).path("errors");
        assertThat(errors.findValuesAsString("field"))
                .containsExactly("title", "rd_growth_grant.rate", "rd_growth_grant.cap", "no.such");
        assertThat(errors.get(1).path("message").asString()).contains("第 1 项变更", "1.5");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM parameter_draft", Integer.class)).isEqualTo(drafts);
    }

    @Test
    void anUploadedFileIsCheckedWithItsLinesAndAValidOneBecomesADraft() throws Exception {
        String techSme = ParameterTexts.shipped().files().get("tech-sme.yaml");
        String broken = techSme.replace("value: 500", "value: 500\n        effective_to: 2010-01-01");
        String problem = mvc.perform(multipart("/api/v1/policy/drafts").file(yaml(broken)).param("title", "t")
                .param("reason", "r").with(POLICY).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json.readTree(problem).path("errors").get(0).path("field").asString()).isEqualTo("tech_sme.max_employees");
        assertThat(json.readTree(problem).path("errors").get(0).path("message").asString()).contains("tech-sme.yaml 第");

        String changed = techSme.replace("value: 20000", "value: 30000");
        mvc.perform(multipart("/api/v1/policy/drafts").file(yaml(changed)).param("title", "上限").param("reason", "r")
                .with(POLICY).with(csrf()))
                .andExpect(status().isCreated());
        mvc.perform(multipart("/api/v1/policy/drafts").file(yaml(changed)).param("title", "上限").param("reason", "r")
                .with(STAFF).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anApprovedVersionExportsTheNumberAsTypedAndDiffsAgainstTheRepositoryOnlyByTheChange() throws Exception {
        long draftId = json.readTree(mvc.perform(post("/api/v1/policy/drafts").with(POLICY).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"title": "高企科技人员比例", "reason": "测试〔2026〕3号",
                         "changes": [{"key": "national_hte.min_staff_ratio", "effectiveFrom": "2027-01-01",
                                      "value": 0.30, "source": "测试〔2026〕3号", "confidence": "confirmed"}]}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).path("draftId").asLong();
        mvc.perform(post("/api/v1/policy/drafts/{id}/approve", draftId).with(POLICY2).with(csrf()))
                .andExpect(status().isOk());

        ParameterTexts exported = unzip(mvc.perform(get("/api/v1/policy/versions/2/files.zip"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        ParameterTexts repository = ParameterTexts.shipped();
        List<String> before = repository.files().get("national-hte.yaml").lines().toList();
        List<String> after = exported.files().get("national-hte.yaml").lines().toList();
        assertThat(after.stream().filter(line -> !before.contains(line)).toList()).as("the lines the change adds")
                .containsExactly("        effective_to: 2026-12-31", "      - effective_from: 2027-01-01",
                        "        value: 0.30", "        source: 测试〔2026〕3号");
        assertThat(after).as("every line of the repository's file is kept").containsAll(before);
        repository.files().forEach((name, text) -> {
            if (!name.equals("national-hte.yaml")) {
                assertThat(exported.files().get(name)).as(name + " unchanged, byte for byte").isEqualTo(text);
            }
        });
    }

    @Test
    void aRejectionNeedsAReasonAndASecondPerson() throws Exception {
        long draftId = json.readTree(mvc.perform(post("/api/v1/policy/drafts").with(POLICY).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(DRAFT.replace("2026-07-01", "2030-01-01")))
                .andReturn().getResponse().getContentAsString()).path("draftId").asLong();
        mvc.perform(post("/api/v1/policy/drafts/{id}/reject", draftId).with(POLICY2).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/policy/drafts/{id}/reject", draftId).with(POLICY).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"撤回\"}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/policy/drafts/{id}/reject", draftId).with(POLICY2).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"文号未公布\"}")).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT status FROM parameter_draft WHERE id = ?", String.class, draftId))
                .isEqualTo("REJECTED");
        mvc.perform(get("/api/v1/policy/drafts/{id}", draftId).with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/policy/drafts/{id}", draftId).with(user("e").roles("ENTERPRISE")))
                .andExpect(status().isForbidden());
    }

    @Test
    void staffReadThePageWithoutTheFormsAndAnyoneReadsTheVersions() throws Exception {
        String staff = mvc.perform(get("/policy").with(STAFF)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(staff).contains("id=\"parameter-tech_sme.max_employees\"", "国科发政〔2017〕115号 第六条(二)")
                .doesNotContain("id=\"draft-form\"", "id=\"upload-form\"");
        String officer = mvc.perform(get("/policy").with(POLICY)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(officer).contains("id=\"draft-form\"", "id=\"upload-form\"");
        mvc.perform(get("/policy").with(user("e").roles("ENTERPRISE"))).andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/policy/versions").param("lang", "en")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Policy parameter versions", "Version 1", "The parameter files shipped with the system");
    }

    private static MockMultipartFile yaml(String text) {
        return new MockMultipartFile("file", "tech-sme.yaml", "application/yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode versions() throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/policy/versions")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode selfCheck(int year) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/self-check").contentType(MediaType.APPLICATION_JSON)
                .content(request(year))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).path("programmes");
    }

    private static JsonNode techSme(JsonNode programmes) {
        return programmes.get(0);
    }

    /** A firm of 120 employees, its last three years complete, asking about {@code year}. */
    static String request(int year) {
        return """
                {"assessmentYear": %d, "records": [
                   {"fiscalYear": %d, "district": "鼓楼区", "establishedOn": "2016-05-10", "inHitechZone": true,
                    "employees": 120, "techStaff": 40, "revenue": 8000, "totalIncome": 8200, "hitechRevenue": 6500,
                    "totalAssets": 6000, "totalLiabilities": 2500, "totalCost": 7000, "rdExpense": 450,
                    "rdExpenseDomestic": 450, "ipClass1": 2, "ipClass2": 6, "ipSelfDeveloped": true, "techField": 1,
                    "techConversions": 9, "rdMgmtSystem": true, "rdInstitution": true, "conversionIncentives": true,
                    "talentSystem": true, "aboveScale": true, "softwareIndustry": true, "auditedTaxMethod": true,
                    "restrictedIndustry": false, "majorSafetyIncident": false, "majorQualityIncident": false,
                    "seriousEnvViolation": false, "researchMisconduct": false, "seriousFraud": false,
                    "abnormalOperationList": false, "seriousDishonestyList": false},
                   {"fiscalYear": %d, "employees": 100, "techStaff": 32, "revenue": 6500, "totalAssets": 5000,
                    "totalLiabilities": 2200, "rdExpense": 380, "rdExpenseDomestic": 380},
                   {"fiscalYear": %d, "employees": 90, "techStaff": 28, "revenue": 5200, "totalAssets": 4200,
                    "totalLiabilities": 2000, "rdExpense": 300, "rdExpenseDomestic": 300}]}
                """.formatted(year, year - 1, year - 2, year - 3);
    }

    private static ParameterTexts unzip(byte[] zip) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName().substring("parameters/".length()),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return new ParameterTexts(files);
    }
}
