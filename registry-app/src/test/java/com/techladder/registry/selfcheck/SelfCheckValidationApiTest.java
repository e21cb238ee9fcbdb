package com.techladder.registry.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code POST /api/v1/self-check} refuses a broken request with one 400 problem that lists every broken field by its
 * path, in the caller's language (docs/contracts/http-api.md "Self-check"; the single-record rules of docs/contracts/import-csv.md).
 */
@SpringBootTest
@AutoConfigureMockMvc
class SelfCheckValidationApiTest {

    private static final String URL = "/api/v1/self-check";
    /** 91350100M000100Y43 with its check character changed from 3 to 4. */
    private static final String BAD_USCC = "91350100M000100Y44";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    @Test
    void aBodyThatIsNotJsonIsA400ProblemNamingTheBody() throws Exception {
        JsonNode problem = problem("{\"assessmentYear\": 2025, \"records\": [", "zh-CN");
        assertThat(fields(problem)).containsExactly("body");
        assertThat(problem.at("/errors/0/message").asText()).startsWith("请求体不是有效的 JSON");
    }

    @Test
    void aMissingAssessmentYearAndAMissingFiscalYearAreBothListed() throws Exception {
        JsonNode problem = problem("{\"records\": [{\"employees\": 10}]}", "zh-CN");
        assertThat(fields(problem)).containsExactlyInAnyOrder("assessmentYear", "records[0].fiscalYear");
        assertThat(message(problem, "assessmentYear")).isEqualTo("必须填写");
    }

    @Test
    void everyBrokenFieldOfARequestIsListedNotJustTheFirst() throws Exception {
        Map<String, Object> latest = new LinkedHashMap<>();
        latest.put("fiscalYear", 2024);
        latest.put("district", "350199");
        latest.put("employees", -5);
        latest.put("techStaff", 3);
        latest.put("revenue", 8000);
        Map<String, Object> previous = new LinkedHashMap<>();
        previous.put("fiscalYear", 2023);
        previous.put("employees", 20);
        previous.put("techStaff", 30);
        previous.put("revenue", -1.5);
        previous.put("rdExpense", "abc");
        previous.put("ipClass1", 1.5);
        Map<String, Object> body = Map.of("assessmentYear", 2025, "uscc", BAD_USCC, "records", List.of(latest, previous));

        JsonNode problem = problem(json.writeValueAsString(body), "zh-CN");

        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("title").asText()).isEqualTo("Bad Request");
        assertThat(problem.path("detail").asText()).isEqualTo("请求中有 7 处数据不符合要求");
        assertThat(fields(problem)).containsExactlyInAnyOrder(
                "uscc", "records[0].district", "records[0].employees", "records[1].techStaff",
                "records[1].revenue", "records[1].rdExpense", "records[1].ipClass1");
        assertThat(message(problem, "uscc"))
                .isEqualTo("统一社会信用代码无效（GB 32100-2015）：校验码错误：第18位应为“3”，实际为“4”");
        assertThat(message(problem(json.writeValueAsString(body), "en"), "uscc")).isEqualTo(
                "Not a valid unified social credit code (GB 32100-2015): Wrong check character: the 18th should be "
                        + "“3”, it is “4”");
        assertThat(message(problem, "records[0].district")).contains("350199").contains("不是福州市的区县");
        assertThat(message(problem, "records[0].employees")).isEqualTo("不能为负数");
        assertThat(message(problem, "records[1].techStaff")).isEqualTo("科技人员数（30）不能多于职工总数（20）");
        assertThat(message(problem, "records[1].revenue")).isEqualTo("不能为负数");
        assertThat(message(problem, "records[1].rdExpense")).isEqualTo("“abc”不是数字");
        assertThat(message(problem, "records[1].ipClass1")).isEqualTo("“1.5”不是整数");
    }

    @Test
    void theRulesBetweenColumnsOfOneYearAreCheckedToo() throws Exception {
        String body = """
                {"assessmentYear": 2025, "records": [
                  {"fiscalYear": 2024, "revenue": 1000, "totalIncome": 900, "hitechRevenue": 950,
                   "rdExpense": 50, "rdExpenseDomestic": 60, "expertInnovationScore": 101, "techField": 9,
                   "amount": 1, "establishedOn": "2999-01-01", "aboveScale": "maybe", "totalAssets": 1.23456}]}
                """;
        JsonNode problem = problem(body, "zh-CN");
        assertThat(fields(problem)).containsExactlyInAnyOrder(
                "records[0].totalIncome", "records[0].hitechRevenue", "records[0].rdExpenseDomestic",
                "records[0].expertInnovationScore", "records[0].techField", "records[0].amount",
                "records[0].establishedOn", "records[0].aboveScale", "records[0].totalAssets");
        assertThat(message(problem, "records[0].totalIncome")).isEqualTo("总收入（900 万元）不能少于销售收入（1000 万元）");
        assertThat(message(problem, "records[0].hitechRevenue")).isEqualTo("高新技术产品（服务）收入（950 万元）不能多于总收入（900 万元）");
        assertThat(message(problem, "records[0].rdExpenseDomestic")).isEqualTo("境内研发费用（60 万元）不能多于研发费用（50 万元）");
        assertThat(message(problem, "records[0].amount")).isEqualTo("不是可识别的字段");
        assertThat(message(problem, "records[0].totalAssets")).isEqualTo("金额以万元为单位，最多保留 4 位小数");
    }

    @Test
    void theYearsMustBeThoseTheAssessmentReadsEachOnce() throws Exception {
        // 2025 reads 2021 (the three-year fraud ban, 工信厅企业函〔2024〕244号) through 2025 itself (当年 integrity flags)
        String body = """
                {"assessmentYear": 2025, "records": [
                  {"fiscalYear": 2024}, {"fiscalYear": 2024}, {"fiscalYear": 2020}, {"fiscalYear": 2025}, {"fiscalYear": 2021}]}
                """;
        JsonNode problem = problem(body, "zh-CN");
        assertThat(fields(problem)).containsExactlyInAnyOrder("records[1].fiscalYear", "records[2].fiscalYear");
        assertThat(message(problem, "records[1].fiscalYear")).isEqualTo("2024 年度重复填写");
        assertThat(message(problem, "records[2].fiscalYear")).isEqualTo("2025 年度评价使用 2021–2025 年的数据，2020 年不在其中");
    }

    @Test
    void aRecordOfTheYearAfterTheAssessmentYearIsRefused() throws Exception {
        JsonNode problem = problem("""
                {"assessmentYear": 2025, "records": [{"fiscalYear": 2024}, {"fiscalYear": 2026}]}
                """, "zh-CN");
        assertThat(fields(problem)).containsExactly("records[1].fiscalYear");
        assertThat(message(problem, "records[1].fiscalYear")).isEqualTo("2025 年度评价使用 2021–2025 年的数据，2026 年不在其中");
    }

    @Test
    void certificatesNeedAKnownProgrammeAndAnIssueDateBeforeTheirExpiry() throws Exception {
        String body = """
                {"assessmentYear": 2025, "records": [{"fiscalYear": 2024}],
                 "certificates": [{"programme": "GOLD_STAR", "issuedOn": "2023-12-01"},
                                  {"programme": "NATIONAL_HTE"},
                                  {"programme": "国家高新技术企业", "issuedOn": "2023-12-01", "validUntil": "2023-01-01"}]}
                """;
        JsonNode problem = problem(body, "zh-CN");
        assertThat(fields(problem)).containsExactlyInAnyOrder(
                "certificates[0].programme", "certificates[1].issuedOn", "certificates[2].validUntil");
    }

    @Test
    void messagesFollowAcceptLanguage() throws Exception {
        String body = """
                {"assessmentYear": 2025, "records": [{"fiscalYear": 2024, "employees": 10, "techStaff": 11}]}
                """;
        JsonNode problem = problem(body, "en-US,en;q=0.9");
        assertThat(problem.path("detail").asText()).isEqualTo("The request has 1 invalid field(s)");
        assertThat(message(problem, "records[0].techStaff")).isEqualTo("Technology staff (11) cannot exceed employees (10)");
    }

    @Test
    void valuesOfTheWrongShapeAreListedWithTheirPaths() throws Exception {
        String body = """
                {"assessmentYear": "next year", "records": [{"fiscalYear": 2024, "employees": [1, 2]}, 7],
                 "certificates": {"programme": "TECH_SME"}, "colour": "blue"}
                """;
        JsonNode problem = problem(body, "zh-CN");
        assertThat(fields(problem)).containsExactlyInAnyOrder(
                "assessmentYear", "records[0].employees", "records[1]", "records[1].fiscalYear", "certificates",
                "colour");
    }

    @Test
    void amountsBeyondTwelveIntegerDigitsAreRefusedNamingTheFieldNeverShownOverflowed() throws Exception {
        String body = """
                {"assessmentYear": 2025, "records": [{"fiscalYear": 2024, "revenue": 1e309, "totalAssets": 1e308,
                  "rdExpense": "1e999999999", "totalCost": 1000000000000, "netAssets": -1e13,
                  "totalIncome": 999999999999.9999, "incomeTaxPayable": 0.00001, "employees": 1e309,
                  "totalLiabilities": "1%s"}]}
                """.formatted("0".repeat(100_000));
        JsonNode problem = problem(body, "zh-CN");
        assertThat(fields(problem)).containsExactlyInAnyOrder("records[0].revenue", "records[0].totalAssets",
                "records[0].rdExpense", "records[0].totalCost", "records[0].netAssets",
                "records[0].incomeTaxPayable", "records[0].employees", "records[0].totalLiabilities");
        assertThat(message(problem, "records[0].revenue")).isEqualTo("金额超出范围：以万元为单位，最多 12 位整数");
        assertThat(message(problem, "records[0].rdExpense")).isEqualTo("金额超出范围：以万元为单位，最多 12 位整数");
        assertThat(problem.toString()).doesNotContain("Infinity").doesNotContain("92233720368547758");
    }

    @Test
    void datesOutsideTheContractRangeAreRefusedNamingTheField() throws Exception {
        String body = """
                {"assessmentYear": 2025, "establishedOn": "-0001-01-01", "records": [{"fiscalYear": 2024}],
                 "certificates": [{"programme": "TECH_SME", "issuedOn": "1899-12-31"},
                                  {"programme": "TECH_SME", "issuedOn": "1900-01-01", "validUntil": "2101-01-01"},
                                  {"programme": "TECH_SME", "issuedOn": "1900-01-01", "validUntil": "2100-12-31"}]}
                """;
        JsonNode problem = problem(body, "en");
        assertThat(fields(problem)).containsExactlyInAnyOrder("establishedOn", "certificates[0].issuedOn",
                "certificates[1].validUntil");
        assertThat(message(problem, "establishedOn")).isEqualTo("Must be a date from 1900-01-01 to 2100-12-31");
    }

    @Test
    void moreThanFiftyCertificatesAreRefusedAsAWholeFiftyAreAssessed() throws Exception {
        String certificate = "{\"programme\": \"TECH_SME\", \"issuedOn\": \"2024-05-01\"}";
        String fifty = String.join(",", java.util.Collections.nCopies(SelfCheckValidator.MAX_CERTIFICATES, certificate));
        String template = "{\"assessmentYear\": 2025, \"records\": [{\"fiscalYear\": 2024}], \"certificates\": [%s]}";

        JsonNode problem = problem(template.formatted(fifty + "," + certificate), "zh-CN");
        assertThat(fields(problem)).containsExactly("certificates");
        assertThat(message(problem, "certificates")).isEqualTo("最多填写 50 张证书");
        mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content(template.formatted(fifty)))
                .andExpect(status().isOk());
    }

    private JsonNode problem(String body, String language) throws Exception {
        MvcResult result = mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, language).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors").isArray())
                .andReturn();
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    private static List<String> fields(JsonNode problem) {
        return problem.path("errors").findValuesAsString("field");
    }

    private static String message(JsonNode problem, String field) {
        for (JsonNode error : problem.path("errors")) {
            if (error.path("field").asText().equals(field)) {
                return error.path("message").asText();
            }
        }
        throw new AssertionError("no error for " + field + " in " + problem);
    }
}
