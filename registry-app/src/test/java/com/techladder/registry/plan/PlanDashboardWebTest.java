package com.techladder.registry.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.techladder.batch.assessment.Assessments;
import com.techladder.batch.assessment.OfficialRun;
import com.techladder.batch.assessment.OfficialYear;
import com.techladder.registry.system.WebSlice;

/**
 * The dashboard page in a web slice over mocked figures of Fuzhou's size (2,057 → 4,000, a pipeline of 12,345, 3,456
 * expiring certificates): every count the page writes in a sentence carries thousands separators, in Chinese and in
 * English (issue 13, point 14), as the tables' counts do.
 */
@WebSlice
class PlanDashboardWebTest {

    private static final RequestPostProcessor STAFF = user("staff-1").roles("STAFF");
    private static final OfficialRun RUN = new OfficialRun(7, 2025, false);

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanProgressService progress;
    @Autowired
    PlanPipelineService pipeline;
    @Autowired
    PlanTargetService targets;
    @Autowired
    Assessments assessments;

    @BeforeEach
    void fuzhouSizedFigures() {
        List<PlanProgress.Year> years = IntStream.rangeClosed(2020, 2025).mapToObj(y -> new PlanProgress.Year(y,
                2057 + (y - 2020) * 388, 2100 + (y - 2020) * 300, y == 2025 ? 12_345 : null, 1500, 5000, null, null,
                900, true)).toList();
        PlanProgress shown = new PlanProgress("FYP14", "“十四五”高新技术企业倍增计划", 2020, 2057, 2025, 4000,
                LocalDate.of(2026, 1, 15), years, 2025,
                List.of(new PlanProgress.District("350102", "鼓楼区", 1234, 2345, 567, 3456, 1500, 1400, false)),
                new PlanProgress.Zone("福州高新区", 900, 1100, 300, 1200, 1000, 950, false),
                List.of(new PlanProgress.Field("1", "电子信息", 1234, 567, 3456)),
                new PlanProgress.Funnel(5000, 1500, 3600));
        when(progress.progress(isNull(), isNull(), any())).thenReturn(shown);
        when(assessments.officialYear(2025)).thenReturn(new OfficialYear(2025, List.of(2025), RUN));
        when(pipeline.forecast(eq("FYP14"), eq(RUN), any())).thenReturn(new PlanForecast("FYP14", 2025, 4000,
                LocalDate.of(2026, 1, 15), false, 2100, 12_345, 1000, 3456, new BigDecimal("0.30"),
                new BigDecimal("0.20"), 2057, 1943, 7L, 2025));
        List<PipelineEntry> entries = IntStream.rangeClosed(1, 20).mapToObj(n -> new PipelineEntry(n,
                "91350100M0000" + String.format("%05d", n), "福州第" + n + "号科技有限公司", "350102", "鼓楼区", false,
                "ELIGIBLE", 70, 80, 0, "NONE", "NONE", false)).toList();
        when(pipeline.pipeline(eq(RUN), any(), anyInt(), eq(0)))
                .thenReturn(new PipelineView(7L, 2025, LocalDate.of(2026, 1, 15), 12_345, entries));
        when(pipeline.expiring(eq(RUN), any(), anyInt(), eq(0))).thenReturn(IntStream.rangeClosed(1, 50)
                .mapToObj(n -> new ExpiringCertificate("91350100M0000" + String.format("%05d", n), "福州第" + n + "号",
                        "350102", "鼓楼区", false, "GR2022350" + n, LocalDate.of(2022, 12, 1), LocalDate.of(2025, 11, 30),
                        30, "ELIGIBLE", true)).toList());
        when(pipeline.expiringCount(any())).thenReturn(3456);
        when(targets.periods()).thenReturn(List.of());
    }

    @Test
    void theSubtitleAndTheSentencesWriteCountsWithThousandsSeparatorsInChinese() throws Exception {
        assertThat(page("zh-CN")).contains("基期2020年国家高新技术企业2,057家，目标2025年达到4,000家", "距目标还差 1,943 家",
                "共 12,345 家，本页显示前 20 家", "共 3,456 张，本页显示前 50 张", "当前有效 2,100 + 待认定 13,345")
                .doesNotContain("2057家", "4000家", "共 12345", "3456 张");
    }

    @Test
    void theSubtitleAndTheSentencesWriteCountsWithThousandsSeparatorsInEnglish() throws Exception {
        assertThat(page("en")).contains("2,057 national high-tech enterprises in 2020, target 4,000 by 2025",
                "1,943 short of the target", "12,345 enterprises, the first 20 shown", "3,456 certificates, the first 50",
                "valid now 2,100 + pipeline 13,345").doesNotContain("2057 national", "target 4000", "12345 enterprises");
    }

    private String page(String lang) throws Exception {
        return mvc.perform(get("/plan").param("lang", lang).with(STAFF)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
