package com.techladder.registry.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import com.techladder.rules.engine.PolicyEngines;
import com.techladder.rules.model.AccountingYear;
import com.techladder.rules.model.CertificateRecord;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.model.Programme;
import com.techladder.rules.result.Assessment;
import com.techladder.rules.result.CriterionResult;
import com.techladder.rules.result.ProgrammeResult;
import com.techladder.rules.result.SubsidyResult;

/**
 * A valid self-check answers exactly what the policy engine, called directly with the same profile, decides; anonymous,
 * without a CSRF token, and without writing a row.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SelfCheckApiTest {

    /** A software firm in 鼓楼区 with a national 高企 certificate, its last three years complete. */
    private static final String REQUEST = """
            {"assessmentYear": 2025, "uscc": "91350100M000100Y43", "name": "福州星河软件有限公司",
             "records": [
               {"fiscalYear": 2024, "district": "鼓楼区", "establishedOn": "2016-05-10", "inHitechZone": true,
                "employees": 120, "techStaff": 40, "revenue": 8000, "totalIncome": 8200, "hitechRevenue": 6500,
                "totalAssets": 6000, "totalLiabilities": 2500, "totalCost": 7000, "rdExpense": 450,
                "rdExpenseDomestic": 450, "ipClass1": 2, "ipClass2": 6, "ipSelfDeveloped": true, "techField": 1,
                "techConversions": 9, "rdMgmtSystem": true, "rdInstitution": true, "conversionIncentives": true,
                "talentSystem": true, "aboveScale": true, "softwareIndustry": true, "auditedTaxMethod": true,
                "restrictedIndustry": false, "majorSafetyIncident": false, "majorQualityIncident": false,
                "seriousEnvViolation": false, "researchMisconduct": false, "seriousFraud": false,
                "abnormalOperationList": false, "seriousDishonestyList": false,
                "rdSuperDeduction": 450, "incomeTaxPayable": 120},
               {"fiscalYear": 2023, "employees": 100, "techStaff": 32, "revenue": 6500, "totalAssets": 5000,
                "totalLiabilities": 2200, "rdExpense": 380, "rdExpenseDomestic": 380},
               {"fiscalYear": 2022, "employees": 90, "techStaff": 28, "revenue": 5200, "totalAssets": 4200,
                "totalLiabilities": 2000, "rdExpense": 300, "rdExpenseDomestic": 300}],
             "certificates": [{"programme": "NATIONAL_HTE", "issuedOn": "2023-12-01", "validUntil": "2026-11-30"}]}
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAnswerIsTheEnginesAssessmentOfTheSameProfile() throws Exception {
        Assessment expected = PolicyEngines.standard().evaluate(2025, LocalDate.now(), profile());

        JsonNode answer = check("zh-CN");

        assertThat(answer.path("assessmentYear").asInt()).isEqualTo(2025);
        assertThat(answer.path("rulesetVersion").asText()).isEqualTo(expected.rulesetVersion()).isNotBlank();
        assertThat(answer.path("eligibleTier").asText()).isEqualTo(expected.eligibleTier().name());
        assertThat(answer.path("eligibleTierProvisional").isBoolean()).isTrue();
        assertThat(answer.path("eligibleTierProvisional").asBoolean()).isEqualTo(expected.eligibleTierProvisional());
        assertThat(answer.path("certifiedTier").asText()).isEqualTo("NATIONAL_HTE");
        assertThat(answer.path("programmes").findValuesAsString("programme"))
                .containsExactly("TECH_SME", "PROVINCIAL_HTE", "NATIONAL_HTE", "LITTLE_GIANT");
        for (int i = 0; i < expected.programmes().size(); i++) {
            ProgrammeResult p = expected.programmes().get(i);
            JsonNode programme = answer.path("programmes").get(i);
            assertThat(programme.path("outcome").asText()).isEqualTo(p.outcome().name());
            assertThat(nullableInt(programme.path("score"))).isEqualTo(p.score());
            assertThat(nullableInt(programme.path("scoreMin"))).isEqualTo(p.scoreMin());
            assertThat(nullableInt(programme.path("scoreMax"))).isEqualTo(p.scoreMax());
            assertThat(programme.has("directPath")).isTrue();
            assertThat(programme.path("provisional").asBoolean()).isEqualTo(p.provisional());
            assertThat(programme.path("criteria")).hasSameSizeAs(p.criteria());
            for (int c = 0; c < p.criteria().size(); c++) {
                CriterionResult criterion = p.criteria().get(c);
                JsonNode node = programme.path("criteria").get(c);
                assertThat(node.path("id").asText()).isEqualTo(criterion.id());
                assertThat(node.path("clause").asText()).isEqualTo(criterion.clause());
                assertThat(node.path("description").asText()).isEqualTo(criterion.description());
                assertThat(node.path("result").asText()).isEqualTo(criterion.result().name());
                assertThat(nullableInt(node.path("points"))).isEqualTo(criterion.points());
                assertThat(node.has("actual") && node.has("required")).isTrue();
            }
            assertThat(programme.path("gaps").findValuesAsString("message"))
                    .containsExactlyElementsOf(p.gaps().stream().map(g -> g.message()).toList());
        }
        assertThat(answer.path("subsidies")).hasSameSizeAs(expected.subsidies());
        for (int i = 0; i < expected.subsidies().size(); i++) {
            SubsidyResult s = expected.subsidies().get(i);
            JsonNode subsidy = answer.path("subsidies").get(i);
            assertThat(subsidy.path("programme").asText()).isEqualTo(s.programme().name());
            assertThat(subsidy.path("eligible").asBoolean()).isEqualTo(s.eligible());
            assertThat(subsidy.path("amount").decimalValue()).isEqualByComparingTo(s.amount());
            assertThat(subsidy.path("provisional").asBoolean()).isEqualTo(s.provisional());
            assertThat(subsidy.path("undetermined").isBoolean()).isTrue();
            assertThat(subsidy.path("undetermined").asBoolean()).isEqualTo(s.undetermined());
            assertThat(subsidy.path("basis").asText()).isEqualTo(s.basis());
        }
        assertThat(answer.path("subsidies").findValuesAsString("programme"))
                .contains("RD_SEGMENTED_GRANT", "LITTLE_GIANT_REWARD", "HTE_RECOGNITION_REWARD");
    }

    @Test
    void theAnswerNamesTheAssessmentDayAndTheDayEachProgrammeWasJudgedOn() throws Exception {
        LocalDate today = LocalDate.now();
        Assessment expected = PolicyEngines.standard().evaluate(2025, today, profile());

        JsonNode answer = check("zh-CN");

        assertThat(answer.path("assessmentDay").asText()).isEqualTo(today.toString());
        assertThat(answer.path("referenceDay").asText()).isEqualTo(expected.referenceDay().toString());
        assertThat(answer.path("programmes").findValuesAsString("referenceDay"))
                .containsExactlyElementsOf(expected.programmes().stream().map(p -> p.referenceDay().toString()).toList());
        if (today.getYear() > 2025) {
            // assessed after the 2025 windows closed: their last days (tech-sme 10-31, national-hte 09-30)
            assertThat(answer.path("referenceDay").asText()).isEqualTo("2025-09-30");
            assertThat(answer.at("/programmes/0/referenceDay").asText()).isEqualTo("2025-10-31");
        }
    }

    @Test
    void aRecordOfTheAssessmentYearItselfIsReadForItsIntegrityFlags() throws Exception {
        String withCurrentYear = REQUEST.replace("\"records\": [",
                "\"records\": [{\"fiscalYear\": 2025, \"seriousFraud\": true},");

        byte[] body = mvc.perform(post("/api/v1/self-check").contentType(MediaType.APPLICATION_JSON)
                        .content(withCurrentYear))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        JsonNode answer = json.readTree(body);

        JsonNode fraud = null;
        for (JsonNode c : answer.at("/programmes/0/criteria")) {
            fraud = c.path("id").asText().equals("TECH_SME.FRAUD") ? c : fraud;
        }
        assertThat(fraud).as("科小 条件(四) 上一会计年度及当年").isNotNull();
        assertThat(fraud.path("result").asText()).isEqualTo("NOT_MET");
        assertThat(answer.at("/programmes/0/outcome").asText()).isEqualTo("NOT_ELIGIBLE");
        assertThat(check("zh-CN").at("/programmes/0/outcome").asText()).as("the same firm without it").isNotEqualTo("NOT_ELIGIBLE");
    }

    @Test
    void anEnglishCallerGetsTheEnglishTexts() throws Exception {
        Assessment expected = PolicyEngines.standard().evaluate(2025, profile());
        JsonNode answer = check("en");
        CriterionResult first = expected.programmes().get(0).criteria().get(0);
        assertThat(answer.at("/programmes/0/criteria/0/description").asText()).isEqualTo(first.descriptionEn());
        assertThat(answer.at("/subsidies/0/basis").asText()).isEqualTo(expected.subsidies().get(0).basisEn());
        assertThat(SelfCheckResponse.of(expected, Locale.ENGLISH).programmes().get(0).criteria().get(0).description())
                .isNotEqualTo(first.description());
    }

    @Test
    void theOpenApiDescriptionShowsTheRequestShape() throws Exception {
        byte[] docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        JsonNode api = json.readTree(docs);
        assertThat(api.at("/paths/~1api~1v1~1self-check/post/requestBody/content/application~1json/schema/$ref").asText())
                .endsWith("/SelfCheckRequest");
        assertThat(api.at("/components/schemas/SelfCheckRequest/properties").has("records")).isTrue();
        assertThat(api.at("/components/schemas/SelfCheckResponse/properties").has("eligibleTier")).isTrue();
    }

    @Test
    void nothingIsStored() throws Exception {
        List<Long> before = rowCounts();
        check("zh-CN");
        assertThat(rowCounts()).isEqualTo(before);
    }

    private JsonNode check(String language) throws Exception {
        byte[] body = mvc.perform(post("/api/v1/self-check").contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, language).content(REQUEST))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsByteArray();
        return json.readTree(body);
    }

    private List<Long> rowCounts() {
        List<Long> counts = new ArrayList<>();
        for (String table : List.of("enterprise", "accounting_year", "certificate", "data_import", "app_user")) {
            counts.add(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        return counts;
    }

    private static Integer nullableInt(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : node.asInt();
    }

    /** The request above, built by hand the way the engine takes it. */
    private static EnterpriseProfile profile() {
        AccountingYear y2024 = AccountingYear.builder(2024).employees(120).techStaff(40).revenue(dec("8000"))
                .totalIncome(dec("8200")).hitechRevenue(dec("6500")).totalAssets(dec("6000"))
                .totalLiabilities(dec("2500")).totalCost(dec("7000")).rdExpense(dec("450"))
                .rdExpenseDomestic(dec("450")).ipClass1(2).ipClass2(6).ipSelfDeveloped(true).techField(1)
                .techConversions(9).rdMgmtSystem(true).rdInstitution(true).conversionIncentives(true)
                .talentSystem(true).aboveScale(true).softwareIndustry(true).auditedTaxMethod(true)
                .restrictedIndustry(false).majorSafetyIncident(false).majorQualityIncident(false)
                .seriousEnvViolation(false).researchMisconduct(false).seriousFraud(false)
                .abnormalOperationList(false).seriousDishonestyList(false)
                .rdSuperDeduction(dec("450")).incomeTaxPayable(dec("120")).build();
        AccountingYear y2023 = AccountingYear.builder(2023).employees(100).techStaff(32).revenue(dec("6500"))
                .totalAssets(dec("5000")).totalLiabilities(dec("2200")).rdExpense(dec("380"))
                .rdExpenseDomestic(dec("380")).build();
        AccountingYear y2022 = AccountingYear.builder(2022).employees(90).techStaff(28).revenue(dec("5200"))
                .totalAssets(dec("4200")).totalLiabilities(dec("2000")).rdExpense(dec("300"))
                .rdExpenseDomestic(dec("300")).build();
        return new EnterpriseProfile("91350100M000100Y43", "福州星河软件有限公司", "350102", true,
                LocalDate.of(2016, 5, 10), List.of(y2024, y2023, y2022),
                List.of(CertificateRecord.of(Programme.NATIONAL_HTE, LocalDate.of(2023, 12, 1),
                        LocalDate.of(2026, 11, 30))));
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
