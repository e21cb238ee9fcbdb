package com.techladder.registry.portal;

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
    void theFormCannotBePostedWithoutItsCsrfToken() throws Exception {
        mvc.perform(post("/self-check").param("assessmentYear", "2025"))
                .andExpect(status().isForbidden());
    }
}
