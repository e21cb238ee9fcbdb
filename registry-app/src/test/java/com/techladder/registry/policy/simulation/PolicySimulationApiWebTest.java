package com.techladder.registry.policy.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.techladder.batch.simulation.SimulationFilter;
import com.techladder.registry.system.WebSlice;
import com.techladder.rules.model.Programme;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.server.ResponseStatusException;

/**
 * The simulation API in a web slice, the service mocked: who may start and read, what a start answers, every broken
 * field of a request named at once, the figures as the contract writes them, and the XLSX export (headers in words,
 * names instead of codes, a formula-looking name neutralised).
 */
@WebSlice
class PolicySimulationApiWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PolicySimulationService service;

    @Test
    @WithMockUser(username = "officer", authorities = "ROLE_POLICY_OFFICER")
    void aPolicyOfficerStartsASimulationAndGetsItsIdAtOnce() throws Exception {
        when(service.simulate(eq(5L), eq(2025), any(), eq("officer"))).thenReturn(42L);

        mvc.perform(post("/api/v1/policy/drafts/5/simulations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assessmentYear\": 2025, \"filter\": {\"district\": \"鼓楼区\", \"programme\": \"NATIONAL_HTE\", \"techField\": 1}}"))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", "/api/v1/policy/simulations/42"))
                .andExpect(jsonPath("$.simulationId").value(42));
        verify(service).simulate(5L, 2025, new SimulationFilter(SimulationFixtures.GULOU, Programme.NATIONAL_HTE, 1),
                "officer");
    }

    @Test
    @WithMockUser(username = "officer", authorities = "ROLE_POLICY_OFFICER")
    void aBrokenRequestNamesEveryBrokenFieldAndStartsNothing() throws Exception {
        mvc.perform(post("/api/v1/policy/drafts/5/simulations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assessmentYear\": 1999, \"filter\": {\"district\": \"海淀区\", \"programme\": \"X\", \"techField\": 9}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(
                        "assessmentYear", "filter.district", "filter.programme", "filter.techField")));
        verify(service, never()).simulate(anyLong(), anyInt(), any(), anyString());
    }

    @Test
    @WithMockUser(username = "officer", authorities = "ROLE_POLICY_OFFICER")
    void anUnknownDraftIsNotFound() throws Exception {
        when(service.simulate(eq(99L), eq(2025), any(), anyString()))
                .thenThrow(new ResponseStatusException(HttpStatus.NOT_FOUND, "政策草案 99 不存在"));

        mvc.perform(post("/api/v1/policy/drafts/99/simulations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assessmentYear\": 2025}"))
                .andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(authorities = {"ROLE_STAFF", "ROLE_AUDITOR"})
    void staffAndAuditorsMayNotStartOne() throws Exception {
        mvc.perform(post("/api/v1/policy/drafts/5/simulations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assessmentYear\": 2025}"))
                .andExpect(status().isForbidden());
        verify(service, never()).simulate(anyLong(), anyInt(), any(), anyString());
    }

    @Test
    @WithMockUser(authorities = "ROLE_AUDITOR")
    void anAuditorReadsTheFiguresAsTheContractWritesThem() throws Exception {
        when(service.find(7L)).thenReturn(Optional.of(SimulationFixtures.completed(7L)));
        when(service.changes(7L, 1, 2)).thenReturn(
                new PolicySimulationService.ChangesPage(1, 2, 5, SimulationFixtures.changes()));

        mvc.perform(get("/api/v1/policy/simulations/7").param("page", "1").param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.progress").value(100))
                .andExpect(jsonPath("$.draftId").value(5))
                .andExpect(jsonPath("$.transitions[1].programme").value("NATIONAL_HTE"))
                .andExpect(jsonPath("$.transitions[1].from").value("ELIGIBLE"))
                .andExpect(jsonPath("$.transitions[1].to").value("NOT_ELIGIBLE"))
                .andExpect(jsonPath("$.transitions[1].count").value(60))
                .andExpect(jsonPath("$.subsidies[0].programme").value("RD_SEGMENTED_GRANT"))
                .andExpect(jsonPath("$.subsidies[0].district").value(SimulationFixtures.GULOU))
                .andExpect(jsonPath("$.subsidies[0].baseline").value(1234.50))
                .andExpect(jsonPath("$.subsidies[0].draft").value(1100.25))
                .andExpect(jsonPath("$.subsidies[0].difference").value(-134.25))
                .andExpect(jsonPath("$.subsidies[0].districtName").value("鼓楼区"))
                .andExpect(jsonPath("$.subsidies[1].district").value(""))
                .andExpect(jsonPath("$.subsidies[1].districtName").value("未知区县"))
                .andExpect(jsonPath("$.changed.items[0].districtName").value("鼓楼区"))
                .andExpect(jsonPath("$.planEffect.pipelineBefore").value(240))
                .andExpect(jsonPath("$.planEffect.pipelineAfter").value(180))
                .andExpect(jsonPath("$.changed.page").value(1))
                .andExpect(jsonPath("$.changed.total").value(5))
                .andExpect(jsonPath("$.changed.items[0].criterion").value("NATIONAL_HTE.STAFF_RATIO"))
                .andExpect(jsonPath("$.changed.items[1].amountBefore").value(20.00));
    }

    @Test
    @WithMockUser(authorities = "ROLE_AUDITOR")
    void anEnterpriseWithoutADistrictIsCountedUnderTheNamedBucketInTheReadersLanguage() throws Exception {
        when(service.find(7L)).thenReturn(Optional.of(SimulationFixtures.completed(7L)));
        when(service.changes(7L, 0, PolicySimulationService.PAGE_SIZE)).thenReturn(
                new PolicySimulationService.ChangesPage(0, PolicySimulationService.PAGE_SIZE, 0, List.of()));

        mvc.perform(get("/api/v1/policy/simulations/7").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subsidies[0].districtName").value("Gulou"))
                .andExpect(jsonPath("$.subsidies[1].districtName").value("District unknown"));
    }

    @Test
    @WithMockUser(authorities = "ROLE_ENTERPRISE")
    void enterprisesMayNotReadOne() throws Exception {
        mvc.perform(get("/api/v1/policy/simulations/7")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/policy/budget-forecast")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(authorities = "ROLE_STAFF")
    void anUnknownSimulationIsNotFoundAndAPageTooLargeIsRefused() throws Exception {
        when(service.find(8L)).thenReturn(Optional.empty());
        mvc.perform(get("/api/v1/policy/simulations/8")).andExpect(status().isNotFound());
        when(service.find(7L)).thenReturn(Optional.of(SimulationFixtures.completed(7L)));
        mvc.perform(get("/api/v1/policy/simulations/7").param("size", "5000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    @WithMockUser(authorities = "ROLE_STAFF")
    @SuppressWarnings("unchecked")
    void theChangedListExportsWithHeadersInWordsNamesInsteadOfCodesAndNoFormula() throws Exception {
        when(service.find(7L)).thenReturn(Optional.of(SimulationFixtures.completed(7L)));
        doAnswer(call -> {
            SimulationFixtures.changes().forEach(call.getArgument(1, Consumer.class));
            return null;
        }).when(service).eachChange(eq(7L), any());

        MvcResult started = mvc.perform(get("/api/v1/policy/simulations/7/changed.xlsx")).andReturn();
        byte[] body = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", PolicySimulationController.XLSX.toString()))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet changed = workbook.getSheet("变化企业");
            Row header = changed.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("统一社会信用代码");
            assertThat(header.getCell(9).getStringCellValue()).isEqualTo("起决定作用的条件");
            Row first = changed.getRow(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("'" + SimulationFixtures.HOSTILE_NAME);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("鼓楼区");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("国家高新技术企业");
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("符合条件");
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("不符合");
            Row second = changed.getRow(2);
            assertThat(second.getCell(3).getStringCellValue()).isEqualTo("高企认定奖励");
            assertThat(second.getCell(8).getNumericCellValue()).isEqualTo(-20.0);
            for (Row row : changed) {
                row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA));
            }
            assertThat(changed.getRow(2).getCell(6).getCellStyle().getDataFormatString()).as("万元, two decimals")
                    .isEqualTo("#,##0.00");
            assertThat(workbook.getSheet("补助成本").getRow(2).getCell(1).getStringCellValue()).isEqualTo("未知区县");
        }
    }

    @Test
    @WithMockUser(authorities = "ROLE_STAFF")
    void theExportChartsTheMatrixOfEachProgrammeAndEachSubsidysCostPerDistrictBeforeAndAfter() throws Exception {
        when(service.find(7L)).thenReturn(Optional.of(SimulationFixtures.completed(7L)));
        MvcResult started = mvc.perform(get("/api/v1/policy/simulations/7/changed.xlsx")).andReturn();
        byte[] body = mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("变化企业");
            XSSFSheet matrix = workbook.getSheet("结果变化矩阵");
            assertThat(texts(matrix.getRow(0))).containsExactly("培育项目", "现行 ＼ 草案",
                    "符合条件", "不符合", "需复核", "资料不足");
            // 科小 first (the programmes' order), then 国家高企: 180 stay eligible, 60 drop out, 1,760 stay not eligible
            assertThat(texts(matrix.getRow(1))).containsExactly("科技型中小企业", "符合条件", "0", "71", "0", "0");
            assertThat(texts(matrix.getRow(5))).containsExactly("国家高新技术企业", "符合条件", "180", "60", "0", "0");
            assertThat(text(matrix.getRow(6).getCell(3))).isEqualTo("1760");
            List<XSSFChart> matrixCharts = matrix.getDrawingPatriarch().getCharts();
            assertThat(matrixCharts).extracting(c -> c.getTitleText().getString())
                    .containsExactly("科技型中小企业：71 家企业结果改变", "国家高新技术企业：60 家企业结果改变");
            XDDFChartData.Series toNotEligible = matrixCharts.get(1).getChartSeries().get(0).getSeries(1);
            assertThat(toNotEligible.getValuesData().getDataRangeReference()).endsWith("!$D$6:$D$9");
            assertThat(toNotEligible.getValuesData().getPointAt(0)).isEqualTo(60.0);
            assertThat(toNotEligible.getCategoryData().getPointAt(0)).isEqualTo("符合条件");

            XSSFSheet costs = workbook.getSheet("补助成本");
            assertThat(texts(costs.getRow(0))).containsExactly("补助", "区县", "现行（万元）", "草案（万元）", "差额（万元）");
            assertThat(costs.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            List<XSSFChart> costCharts = costs.getDrawingPatriarch().getCharts();
            assertThat(costCharts).extracting(c -> c.getTitleText().getString()).containsExactly(
                    "研发经费投入分段补助：各区县现行与草案（万元）", "高企认定奖励：各区县现行与草案（万元）");
            XDDFChartData segmented = costCharts.get(0).getChartSeries().get(0);
            assertThat(segmented.getSeriesCount()).as("in force and draft").isEqualTo(2);
            assertThat(segmented.getSeries(0).getCategoryData().getPointAt(1)).isEqualTo("未知区县");
            assertThat(segmented.getSeries(0).getValuesData().getPointAt(0)).isEqualTo(1234.5);
            assertThat(segmented.getSeries(1).getValuesData().getPointAt(0)).isEqualTo(1100.25);
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new java.util.ArrayList<>();
        row.forEach(cell -> texts.add(text(cell)));
        return texts;
    }

    /** A cell as a reader sees it: text, or a whole number. */
    private static String text(Cell cell) {
        return cell.getCellType() == CellType.NUMERIC ? String.valueOf((long) cell.getNumericCellValue())
                : cell.getStringCellValue();
    }

    @Test
    @WithMockUser(authorities = "ROLE_AUDITOR")
    void theBudgetForecastIsNotFoundUntilOneWasStarted() throws Exception {
        when(service.latestForecast(2027)).thenReturn(Optional.empty());
        mvc.perform(get("/api/v1/policy/budget-forecast").param("year", "2027")).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(username = "admin", authorities = "ROLE_ADMIN")
    void anAdministratorStartsABudgetForecast() throws Exception {
        when(service.forecast(2027, "admin")).thenReturn(9L);
        mvc.perform(post("/api/v1/policy/budget-forecasts").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\": 2027}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.simulationId").value(9));
        mvc.perform(post("/api/v1/policy/budget-forecasts").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\": 3000}"))
                .andExpect(status().isBadRequest());
    }
}
