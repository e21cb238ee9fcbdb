package com.techladder.registry.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.techladder.batch.DatabaseSpecific;
import com.techladder.rules.model.CertificateRecord;
import com.techladder.rules.model.Programme;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** XLSX exports: one workbook per table (or all), the page's values, names that look like formulas kept as text. */
@DatabaseSpecific
class PlanExportTest extends PlanWebTest {

    private static final String PASSWORD = "plan-export-test";
    private static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example\",\"点击\")";


    @BeforeEach
    void registry() {
        startAfresh("plan-export", PASSWORD, PlanFixtures.uscc(301));
        fixtures.enterprise(PlanFixtures.uscc(301), FORMULA_NAME, "350102", true);
        fixtures.enterprise(PlanFixtures.uscc(302), "+1 科技有限公司", "350181", false);
        fixtures.certificate(PlanFixtures.uscc(301), FORMULA_NAME,
                CertificateRecord.of(Programme.NATIONAL_HTE, LocalDate.of(2023, 12, 1), null));
        long run = fixtures.run(2025, "COMPLETED");
        fixtures.assessment(run, PlanFixtures.uscc(302), "ELIGIBLE", 72, 80);
        fixtures.assessment(run, PlanFixtures.uscc(301), "NOT_ELIGIBLE", 50, 60);
    }

    @Test
    void theYearsTableHasTheTrajectoryAndTheCounts() throws Exception {
        Sheet sheet = workbook("years", "2026-01-15").getSheetAt(0);

        assertThat(sheet.getSheetName()).isEqualTo("逐年进展");
        assertThat(texts(sheet.getRow(0))).startsWith("年份", "目标", "国家高企（有效证书）", "官方公布数");
        assertThat(sheet.getLastRowNum()).isEqualTo(6);
        assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(2020);
        assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2057);
        assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(2057);
        assertThat(sheet.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(4000);
        assertThat(sheet.getRow(5).getCell(2).getNumericCellValue()).as("31 Dec 2024").isEqualTo(1);
        assertThat(sheet.getRow(6).getCell(4).getNumericCellValue()).as("pipeline 2025").isEqualTo(1);
        assertThat(sheet.getRow(5).getCell(4).getCellType()).as("no run of 2024").isEqualTo(CellType.BLANK);
    }

    @Test
    void namesThatLookLikeFormulasStayText() throws Exception {
        Sheet expiring = workbook("expiring", "2026-01-15").getSheetAt(0);
        Cell name = expiring.getRow(1).getCell(1);
        assertThat(name.getCellType()).isEqualTo(CellType.STRING);
        assertThat(name.getStringCellValue()).isEqualTo("'" + FORMULA_NAME);
        assertThat(expiring.getRow(1).getCell(6).getLocalDateTimeCellValue().toLocalDate())
                .isEqualTo(LocalDate.of(2026, 11, 30));

        Sheet pipeline = workbook("pipeline", "2026-01-15").getSheetAt(0);
        assertThat(pipeline.getLastRowNum()).isEqualTo(1);
        assertThat(pipeline.getRow(1).getCell(2).getStringCellValue()).isEqualTo("'+1 科技有限公司");
        assertThat(pipeline.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(72);
        for (Sheet sheet : List.of(expiring, pipeline)) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void allTablesGoIntoOneWorkbookInTheReadersLanguage() throws Exception {
        XSSFWorkbook all = workbook("all", "2026-01-15");
        List<String> sheets = new ArrayList<>();
        all.forEach(sheet -> sheets.add(sheet.getSheetName()));
        assertThat(sheets).containsExactly("逐年进展", "各区县及高新区", "技术领域分布", "梯队漏斗",
                "待认定企业（按接近程度排序）", "12个月内到期的国家高企证书", "规划目标轨迹", "规划调整记录");
        Row seeded = all.getSheet("规划调整记录").getRow(1);
        assertThat(seeded.getCell(1).getStringCellValue()).isEqualTo("migration V6");
        assertThat(seeded.getCell(0).getLocalDateTimeCellValue()).isEqualTo("2026-01-01T00:00");
        Sheet districts = all.getSheet("各区县及高新区");
        Row zone = districts.getRow(districts.getLastRowNum());
        assertThat(zone.getCell(0).getStringCellValue()).isEqualTo("HITECH_ZONE");
        assertThat(zone.getCell(4).getNumericCellValue()).isEqualTo(1000);
        Sheet targets = all.getSheet("规划目标轨迹");
        assertThat(texts(targets.getRow(0))).endsWith("2020", "2021", "2022", "2023", "2024", "2025");
        assertThat(targets.getRow(1).getCell(0).getStringCellValue()).isEqualTo("CITY");

        MvcResult started = mvc.perform(get("/api/v1/plan/exports/funnel.xlsx").header("Accept-Language", "en")
                        .with(httpBasic("plan-export-auditor", PASSWORD))).andReturn();
        byte[] english = mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsByteArray();
        Sheet funnel = new XSSFWorkbook(new ByteArrayInputStream(english)).getSheetAt(0);
        assertThat(funnel.getSheetName()).isEqualTo("Ladder funnel");
        assertThat(funnel.getRow(3).getCell(0).getStringCellValue()).isEqualTo("National high-tech enterprise");
        assertThat(jdbc.queryForList("SELECT target FROM audit_log WHERE action = 'PLAN_EXPORTED'"
                + " AND username = 'plan-export-auditor' ORDER BY id", String.class))
                .containsSubsequence("plan-export/all", "plan-export/funnel");
    }

    @Test
    void anUnknownTableIsNotFoundAndEnterprisesGetNoExport() throws Exception {
        mvc.perform(get("/api/v1/plan/exports/secrets.xlsx").with(httpBasic("plan-export-auditor", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/plan/exports/years.xlsx").with(httpBasic("plan-export-enterprise", PASSWORD)))
                .andExpect(status().isForbidden());
    }

    private XSSFWorkbook workbook(String table, String asOf) throws Exception {
        MvcResult started = mvc.perform(get("/api/v1/plan/exports/" + table + ".xlsx").param("asOf", asOf)
                        .with(httpBasic("plan-export-auditor", PASSWORD)))
                .andExpect(request().asyncStarted()).andReturn();
        byte[] body = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", PlanExportController.XLSX.toString()))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"doubling-plan-" + table + "-" + asOf + ".xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(body));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
