package com.techladder.registry.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.techladder.batch.assessment.Assessments;
import com.techladder.batch.assessment.RunDiff.Filter;
import com.techladder.batch.assessment.RunDiff;
import com.techladder.batch.classification.ClassificationRun;
import com.techladder.batch.classification.RunStatus;
import com.techladder.batch.classification.RunTrigger;
import com.techladder.registry.system.WebSlice;

/**
 * The diff page in a web slice over a mocked comparison of 2,000 changed enterprises (the mock lists as many as it is
 * asked for, each with four changed criteria, as a real diff would): the page opens with the kinds of change and
 * their counts, lists one bounded page of enterprises by name, and filters by kind of change.
 */
@WebSlice
class ReviewDiffWebTest {

    private static final RequestPostProcessor AUDITOR = user("auditor-1").roles("AUDITOR");
    private static final int CHANGED = 2000;
    private static final ClassificationRun A = run(1);
    private static final ClassificationRun B = run(2);
    private static final List<RunDiff.Transition> KINDS = List.of(
            new RunDiff.Transition("NATIONAL_HTE", "NOT_ELIGIBLE", "ELIGIBLE", 1500),
            new RunDiff.Transition("TECH_SME", "ELIGIBLE", "INSUFFICIENT_DATA", 500),
            new RunDiff.Transition("HTE_RECOGNITION_REWARD", null, RunDiff.MORE, 1500));

    @Autowired
    MockMvc mvc;
    @Autowired
    Assessments assessments;

    @BeforeEach
    void twoThousandChangedEnterprises() {
        when(assessments.run(1)).thenReturn(Optional.of(A));
        when(assessments.run(2)).thenReturn(Optional.of(B));
        when(assessments.diff(eq(A), eq(B), anyInt(), anyInt(), any(Filter.class))).thenAnswer(call -> {
            int limit = call.getArgument(2);
            int offset = call.getArgument(3);
            Filter filter = call.getArgument(4);
            int matching = filter.what() == null ? CHANGED : 500;
            List<RunDiff.Entry> entries = IntStream.range(offset, Math.min(matching, offset + limit))
                    .mapToObj(ReviewDiffWebTest::entry).toList();
            return new RunDiff.Report("1", "2", "r".repeat(64), "r".repeat(64), false, 2000, CHANGED, List.of(),
                    List.of(), entries, 2025, 2025, false, KINDS, matching);
        });
    }

    @Test
    void aDiffOfTwoThousandChangesOpensWithTheKindsOfChangeAndListsOnePage() throws Exception {
        MvcResult result = mvc.perform(get("/review/diff").param("from", "1").param("to", "2").with(AUDITOR))
                .andExpect(status().isOk()).andReturn();
        String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        verify(assessments).diff(A, B, ReviewDiffController.LISTED, 0, Filter.NONE);
        assertThat(page.indexOf("id=\"diff-kinds\"")).isPositive().isLessThan(page.indexOf("class=\"programme diff-entry\""));
        assertThat(page).contains("国家高新技术企业", "不符合 → 符合条件", ">1,500<", "资料不足", "补助增加",
                "福州第0号科技有限公司", "第 1 / 40 页", "id=\"diff-changed\">2,000<");
        assertThat(page.split("class=\"programme diff-entry\"", -1)).hasSize(ReviewDiffController.LISTED + 1);
        // 2,000 entries on one page were 12 MB; one page stays small
        assertThat(result.getResponse().getContentAsByteArray().length).isLessThan(300_000);
    }

    @Test
    void aKindOfChangeFiltersTheListAndPagesKeepTheFilter() throws Exception {
        String page = mvc.perform(get("/review/diff").param("from", "1").param("to", "2").param("what", "TECH_SME")
                        .param("was", "ELIGIBLE").param("now", "INSUFFICIENT_DATA").param("page", "1").with(AUDITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        verify(assessments).diff(A, B, ReviewDiffController.LISTED, ReviewDiffController.LISTED,
                new Filter("TECH_SME", "ELIGIBLE", "INSUFFICIENT_DATA"));
        assertThat(page).contains("id=\"diff-filter\"", "第 2 / 10 页", "福州第50号科技有限公司")
                .containsPattern("id=\"diff-next\"[^>]*href=\"[^\"]*what=TECH_SME&amp;was=ELIGIBLE&amp;now=INSUFFICIENT_DATA&amp;page=2");
    }

    @Test
    void inEnglishTheChangesAreInWords() throws Exception {
        String page = mvc.perform(get("/review/diff").param("from", "1").param("to", "2").param("lang", "en").with(AUDITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Kinds of change", "Page 1 of 40").doesNotContain("不符合", "NOT_ELIGIBLE →");
    }

    private static RunDiff.Entry entry(int n) {
        List<RunDiff.CriterionChange> criteria = IntStream.range(0, 4).mapToObj(c -> new RunDiff.CriterionChange(
                "NATIONAL_HTE", "NATIONAL_HTE.C" + c, "国科发火〔2016〕32号 第十一条", "NOT_MET", "MET", "1%", "5%", 0, 8,
                "研发费用占比", "R&D expense share")).toList();
        return new RunDiff.Entry("91350102MA8UX" + String.format("%05d", n), EnumSet.of(RunDiff.Reason.INPUT_CHANGED),
                List.of(new RunDiff.Change("NATIONAL_HTE", "NOT_ELIGIBLE", "ELIGIBLE")), criteria,
                "福州第" + n + "号科技有限公司");
    }

    private static ClassificationRun run(long id) {
        return new ClassificationRun(id, 2025, RunStatus.COMPLETED, RunTrigger.MANUAL, "r".repeat(64), "{}", "staff",
                LocalDateTime.of(2026, 12, 1, 2, 0), LocalDateTime.of(2026, 12, 1, 2, 5), 2000, 2000, Map.of(), null,
                null, LocalDate.of(2025, 6, 30));
    }
}
