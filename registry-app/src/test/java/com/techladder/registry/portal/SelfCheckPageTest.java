package com.techladder.registry.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The self-check form posts the API's field paths; a message lands next to the input it concerns even when an empty
 * year column in between is left out of the request, and the page escapes what was typed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SelfCheckPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aMessageForTheOldestYearLandsInTheOldestColumnWhenTheMiddleOneIsEmpty() throws Exception {
        mvc.perform(post("/self-check").with(csrf())
                        .param("assessmentYear", "2025")
                        .param("records[0].employees", "120")
                        .param("records[2].employees", "10")
                        .param("records[2].techStaff", "11"))
                .andExpect(status().isOk())
                .andExpect(view().name(SelfCheckPageController.FORM_VIEW))
                .andExpect(content().string(allOf(
                        containsString("id=\"err-records-2-techStaff\">科技人员数（11）不能多于职工总数（10）</span>"),
                        not(containsString("err-records-1-techStaff")))));
    }

    @Test
    void anEmptyFormAsksForAtLeastOneYear() throws Exception {
        mvc.perform(post("/self-check").with(csrf()).param("assessmentYear", "2025"))
                .andExpect(view().name(SelfCheckPageController.FORM_VIEW))
                .andExpect(content().string(containsString("至少需要填写一个会计年度的数据")));
    }

    @Test
    void whatWasTypedIsShownAsTextNeverAsMarkup() throws Exception {
        mvc.perform(post("/self-check").with(csrf())
                        .param("assessmentYear", "2025")
                        .param("name", "<script>alert(1)</script>")
                        .param("records[0].employees", "50"))
                .andExpect(view().name(SelfCheckPageController.RESULT_VIEW))
                .andExpect(content().string(allOf(
                        containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
                        not(containsString("<script>alert(1)</script>")))));
    }

    /** A firm with every 科小 indicator at its top band whose R&D grew from 200万 to 400万 (规上 left to the caller). */
    private static MockHttpServletRequestBuilder growingFirm(int year) {
        return post("/self-check").with(csrf())
                .param("assessmentYear", String.valueOf(year))
                .param("establishedOn", "2012-03-01")
                .param("records[0].employees", "100").param("records[0].techStaff", "30")
                .param("records[0].revenue", "5000").param("records[0].totalAssets", "6000")
                .param("records[0].totalLiabilities", "2000").param("records[0].totalCost", "4000")
                .param("records[0].rdExpense", "400").param("records[0].ipClass1", "1").param("records[0].ipClass2", "5")
                .param("records[0].auditedTaxMethod", "true")
                .param("records[0].restrictedIndustry", "false").param("records[0].majorQualityIncident", "false")
                .param("records[0].seriousEnvViolation", "false").param("records[0].researchMisconduct", "false")
                .param("records[0].seriousFraud", "false").param("records[0].abnormalOperationList", "false")
                .param("records[0].seriousDishonestyList", "false")
                .param("records[1].employees", "100").param("records[1].techStaff", "30")
                .param("records[1].revenue", "5000").param("records[1].totalAssets", "6000")
                .param("records[1].rdExpense", "200");
    }

    @Test
    void aRungReachedOnProvisionalValuesIsNamedWithItsMarkAndTheIncreaseIsPaidOnce() throws Exception {
        // 2026: the 科小 criteria await confirmation after 工信部企业〔2026〕2号, so the rung reached is 暂定; the 6% on
        // the R&D increase is paid once, by the growth grant, and the page says so
        mvc.perform(growingFirm(2026).param("records[0].majorSafetyIncident", "false")
                        .param("records[0].aboveScale", "true"))
                .andExpect(view().name(SelfCheckPageController.RESULT_VIEW))
                .andExpect(content().string(allOf(
                        containsString("企业目前可达到：科技型中小企业（暂定：所依据的条件尚未由正式文件确认）。"),
                        containsString("就高不重复 (暂定)"),
                        containsString("口径假设"))));
    }

    @Test
    void theEnglishPageMarksTheProvisionalRungToo() throws Exception {
        mvc.perform(growingFirm(2026).param("records[0].majorSafetyIncident", "false")
                        .param("records[0].aboveScale", "true").param("lang", "en"))
                .andExpect(view().name(SelfCheckPageController.RESULT_VIEW))
                .andExpect(content().string(containsString("(provisional: the conditions it rests on are not confirmed")));
    }

    @Test
    void aOneStrikeExclusionSaysWhenTheEnterpriseMayApplyAgain() throws Exception {
        mvc.perform(growingFirm(2025).param("records[0].majorSafetyIncident", "true")
                        .param("records[0].aboveScale", "true"))
                .andExpect(view().name(SelfCheckPageController.RESULT_VIEW))
                .andExpect(content().string(allOf(
                        containsString("一票否决: 可于 2026 年起重新申请"),
                        containsString("根据所填数据，企业尚未达到科技型中小企业的条件。"))));
    }

    @Test
    void theResultNamesTheDayEachProgrammeWasJudgedOn() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now();
        String techSmeDay = (today.getYear() > 2025 ? java.time.LocalDate.of(2025, 10, 31) : today).toString();
        mvc.perform(post("/self-check").with(csrf())
                        .param("assessmentYear", "2025")
                        .param("records[0].employees", "50"))
                .andExpect(view().name(SelfCheckPageController.RESULT_VIEW))
                .andExpect(content().string(allOf(containsString("id=\"reference-day-TECH_SME\""),
                        containsString("按 " + techSmeDay + " 判断"))));
    }

    @Test
    void aSubsidyTurningOnABlankFieldIsShownAsToVerifyNotAsNo() throws Exception {
        // 2024: the segmented grant needs 规上 (or a 高企 certificate); left blank it is 待核实, never "否"
        String page = mvc.perform(growingFirm(2024).param("records[0].majorSafetyIncident", "false"))
                .andExpect(view().name(SelfCheckPageController.RESULT_VIEW))
                .andReturn().getResponse().getContentAsString();
        String row = page.substring(page.indexOf("id=\"subsidy-RD_SEGMENTED_GRANT\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("badge-UNKNOWN").contains("待核实: 是否规模以上企业未填报")
                .doesNotContain("badge-no");
    }

    @Test
    void theFormCannotBePostedWithoutItsCsrfToken() throws Exception {
        mvc.perform(post("/self-check").param("assessmentYear", "2025"))
                .andExpect(status().isForbidden());
    }
}
