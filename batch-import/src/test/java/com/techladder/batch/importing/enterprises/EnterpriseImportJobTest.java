package com.techladder.batch.importing.enterprises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.techladder.batch.DatabaseSpecific;
import com.techladder.batch.importing.EncodingDetector;
import com.techladder.batch.importing.ImportFileCheck;
import com.techladder.batch.importing.ImportFileRejectedException;
import com.techladder.batch.importing.ImportKind;
import com.techladder.batch.importing.ImportStatus;
import com.techladder.batch.importing.ImportTestSupport;
import com.techladder.batch.text.Message;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** enterpriseImportJob on small files, checking the database afterwards (docs/contracts/import-csv.md, enterprises and common rules). */
@DatabaseSpecific
public class EnterpriseImportJobTest extends ImportTestSupport {

    public static final String HEADER = "uscc,name,district,established_on,fiscal_year,employees,tech_staff,revenue,"
            + "total_assets,rd_expense\n";

    public static String row(String uscc, String name, int fiscalYear, String revenue) {
        return uscc + "," + name + ",350102,2015-03-01," + fiscalYear + ",100,20," + revenue + ",800,60\n";
    }

    @Test
    void importsRowsWithThousandsSeparatorsDecimalsAndEveryDateFormat() throws Exception {
        Path file = file("ok.csv", HEADER
                + USCC_A + ",福州甲科技有限公司,350102,2015-03-01,2022,100,20,\"1,234.5\",\"12,000\",60.1234\n"
                + USCC_B + ",福州乙科技有限公司,鼓楼区,2016/4/2,2023,\"1,100\",25,1500,900,70\n"
                + USCC_C + ",福州丙科技有限公司,福清市,2017年5月3日,2024,10,0,0,0,0\n");

        ImportStatus status = importNow(ImportKind.ENTERPRISES, file);

        assertThat(status.status()).as(status.message()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(status).extracting(ImportStatus::read, ImportStatus::written, ImportStatus::rejected)
                .containsExactly(3, 3, 0);
        Map<String, Object> a = jdbc.queryForMap("SELECT * FROM accounting_year WHERE uscc = ?", USCC_A);
        assertThat((BigDecimal) a.get("revenue")).isEqualByComparingTo("1234.5");
        assertThat((BigDecimal) a.get("total_assets")).isEqualByComparingTo("12000");
        assertThat((BigDecimal) a.get("rd_expense")).isEqualByComparingTo("60.1234");
        assertThat(jdbc.queryForObject("SELECT employees FROM accounting_year WHERE uscc = ?", Integer.class, USCC_B))
                .isEqualTo(1100);
        assertThat(jdbc.queryForList("SELECT uscc, district, established_on FROM enterprise ORDER BY established_on"))
                .extracting(m -> m.get("district"), m -> ((java.sql.Date) m.get("established_on")).toLocalDate())
                .containsExactly(tuple("350102", LocalDate.of(2015, 3, 1)), tuple("350102", LocalDate.of(2016, 4, 2)),
                        tuple("350181", LocalDate.of(2017, 5, 3)));
        // optional cells left empty are missing, not zero
        assertThat(a.get("total_income")).isNull();
        assertThat(a.get("ip_class1")).isNull();
    }

    @Test
    void acceptsChineseHeadersInAnyOrderAndWarnsAboutUnknownColumns() throws Exception {
        Path file = file("zh.csv", " 企业名称 ,统一社会信用代码,备注,所属区县,成立日期,年度,职工总数,科技人员数,销售收入,资产总额,研发费用,"
                + "是否位于高新区,Ⅰ类知识产权数,技术领域,规模以上企业\n"
                + "福州甲科技有限公司," + USCC_A + ",随便写,仓山区,2015-03-01,2023,100,20,1000,800,60,是,2,电子信息,Y\n"
                + "福州乙科技有限公司," + USCC_B.toLowerCase() + ",,350104,2015-03-01,2023,100,20,1000,800,60,0,,8,n\n");

        ImportStatus status = importNow(ImportKind.ENTERPRISES, file);

        assertThat(status.status()).as(status.message()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(status.written()).isEqualTo(2);
        assertThat(status.warnings()).isEqualTo(1);
        assertThat(issues(status.importId())).singleElement().satisfies(w -> {
            assertThat(w.get("line")).isEqualTo(1);
            assertThat(w.get("column_name")).isEqualTo("备注");
            assertThat(w.get("severity")).isEqualTo("WARNING");
        });
        Map<String, Object> a = jdbc.queryForMap("SELECT * FROM accounting_year WHERE uscc = ?", USCC_A);
        assertThat(a).containsEntry("ip_class1", 2).containsEntry("above_scale", true);
        assertThat(((Number) a.get("tech_field")).intValue()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT in_hitech_zone FROM enterprise WHERE uscc = ?", Boolean.class, USCC_A))
                .isTrue();
        // the USCC is upper-cased before checking and storing
        assertThat(count("SELECT COUNT(*) FROM enterprise WHERE uscc = ?", USCC_B)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT above_scale FROM accounting_year WHERE uscc = ?", Boolean.class, USCC_B))
                .isFalse();
    }

    @Test
    void detectsUtf8WithBomAndGb18030AndHonoursAnExplicitEncoding() throws Exception {
        String csv = HEADER + row(USCC_A, "福州甲科技有限公司", 2023, "1000");
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.write(csv.getBytes(StandardCharsets.UTF_8));

        ImportStatus withBom = importNow(ImportKind.ENTERPRISES, file("bom.csv", bom.toByteArray()));
        ImportStatus gb = importNow(ImportKind.ENTERPRISES, file("gb.csv",
                csv.replace("甲", "乙").getBytes(EncodingDetector.GB18030)));
        ImportStatus explicit = importNow(ImportKind.ENTERPRISES, file("gb2.csv",
                csv.replace("甲", "丙").getBytes(EncodingDetector.GB18030)), EncodingDetector.GB18030);

        assertThat(withBom.encoding()).isEqualTo("UTF-8");
        assertThat(gb.encoding()).isEqualTo("GB18030");
        assertThat(explicit.encoding()).isEqualTo("GB18030");
        assertThat(java.util.List.of(withBom, gb, explicit)).allSatisfy(s -> assertThat(s.status())
                .as(s.message()).isEqualTo(ImportStatus.COMPLETED));
        // the BOM did not end up in the first header (uscc would be unknown) and the names decoded right
        assertThat(jdbc.queryForObject("SELECT name FROM enterprise WHERE uscc = ?", String.class, USCC_A))
                .isEqualTo("福州丙科技有限公司");
        assertThat(jdbc.queryForList("SELECT name FROM accounting_year_history ORDER BY import_id", String.class))
                .containsExactly("福州甲科技有限公司", "福州乙科技有限公司", "福州丙科技有限公司");
    }

    @Test
    void refusesUndecodableBytesNamingTheirOffset() throws Exception {
        byte[] good = (HEADER + row(USCC_A, "福州甲", 2023, "1")).getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(good, good.length + 2);
        bad[good.length] = (byte) 0x81; // a GB18030 lead byte followed by a byte no encoding accepts after it
        bad[good.length + 1] = (byte) 0x20;

        Path file = file("bad.csv", bad);

        assertThat(refusal(() -> importNow(ImportKind.ENTERPRISES, file)).args()).contains(String.valueOf(good.length));
        assertThat(refusal(() -> importNow(ImportKind.ENTERPRISES, file("gbk.csv",
                (HEADER + row(USCC_A, "福州甲", 2023, "1")).getBytes(EncodingDetector.GB18030)), StandardCharsets.UTF_8)))
                .isEqualTo(Message.of("import.file.notInEncoding", "UTF-8", 2, HEADER.length() + USCC_A.length() + 1));
        assertThat(count("SELECT COUNT(*) FROM data_import")).isZero();
    }

    @Test
    void refusesAUtf8FileWithOneGbkRowNamingItsLineInsteadOfImportingMojibake() throws Exception {
        byte[] utf8 = (HEADER + row(USCC_A, "福州甲科技有限公司", 2023, "1000")).getBytes(StandardCharsets.UTF_8);
        byte[] gbk = row(USCC_B, "福州乙科技有限公司", 2023, "1000").getBytes(EncodingDetector.GB18030);
        byte[] utf8Again = row(USCC_C, "福州丙科技有限公司", 2023, "1000").getBytes(StandardCharsets.UTF_8);
        Path mixed = file("mixed.csv", concat(utf8, gbk, utf8Again));

        assertThat(refusal(() -> importNow(ImportKind.ENTERPRISES, mixed)))
                .isEqualTo(Message.of("import.file.mixedEncodings", 2, 3, utf8.length + USCC_B.length() + 1));
        // the GBK row first, UTF-8 after it: refused the same way, naming the GBK row
        Path gbkFirst = file("gbk-first.csv", concat(HEADER.getBytes(StandardCharsets.UTF_8), gbk, utf8Again));
        assertThat(refusal(() -> importNow(ImportKind.ENTERPRISES, gbkFirst)))
                .extracting(Message::code, m -> m.args().subList(0, 2))
                .containsExactly("import.file.mixedEncodings", List.of("3", "2"));
        assertThat(count("SELECT COUNT(*) FROM data_import")).isZero();
        assertThat(count("SELECT COUNT(*) FROM enterprise")).isZero();
    }

    @Test
    void aUtf8FileDeclaredGb18030IsSaidToLookLikeUtf8() throws Exception {
        String csv = HEADER + row(USCC_A, "福州甲科技有限公司", 2023, "1000");
        Path plain = file("utf8.csv", csv.getBytes(StandardCharsets.UTF_8));
        Path withBom = file("utf8-bom.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(refusal(() -> importNow(ImportKind.ENTERPRISES, plain, EncodingDetector.GB18030)))
                .isEqualTo(Message.of("import.file.utf8NotChosen", 2, "GB18030"));
        assertThat(refusal(() -> importNow(ImportKind.ENTERPRISES, withBom, EncodingDetector.GB18030)))
                .isEqualTo(Message.of("import.file.utf8BomNotChosen", "GB18030"));
        // plain ASCII reads the same in both: declaring GB18030 is fine
        ImportStatus ascii = importNow(ImportKind.ENTERPRISES, file("ascii.csv",
                (HEADER + row(USCC_A, "Fuzhou A Tech", 2023, "1000")).getBytes(StandardCharsets.US_ASCII)),
                EncodingDetector.GB18030);
        assertThat(ascii.status()).as(ascii.message()).isEqualTo(ImportStatus.COMPLETED);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void keepsPhysicalLineNumbersAcrossQuotedCommasLineBreaksAndBlankLines() throws Exception {
        Path file = file("quoted.csv", HEADER
                + USCC_A + ",\"福州甲科技有限公司,\"\"鼓楼\"\"分公司\",350102,2015-03-01,2023,100,20,1000,800,60\n"
                + "\n"
                + ",,,,,,,,,\n"
                + USCC_B + ",\"福州乙科技\n有限\r\n公司\",350102,2015-03-01,2023,100,20,1000,800,60\n"
                + USCC_C + ",福州丙,350102,2015-03-01,2023,100,200,1000,800,60\n");

        ImportStatus status = importNow(ImportKind.ENTERPRISES, file);

        assertThat(status.read()).isEqualTo(3);
        assertThat(status.written()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT name FROM enterprise WHERE uscc = ?", String.class, USCC_A))
                .isEqualTo("福州甲科技有限公司,\"鼓楼\"分公司");
        assertThat(jdbc.queryForObject("SELECT name FROM enterprise WHERE uscc = ?", String.class, USCC_B))
                .isEqualTo("福州乙科技\n有限\n公司");
        assertThat(jdbc.queryForObject("SELECT source_line FROM accounting_year WHERE uscc = ?", Integer.class, USCC_B))
                .isEqualTo(5);
        // header 1, A 2, blank 3, empty cells 4, B 5–7, C 8
        assertThat(issues(status.importId())).singleElement().satisfies(issue -> {
            assertThat(issue.get("line")).isEqualTo(8);
            assertThat(issue.get("column_name")).isEqualTo("tech_staff");
        });
    }

    @Test
    void rejectsEveryBrokenRuleWithLineColumnValueAndReason() throws Exception {
        String future = LocalDate.now().plusYears(1).toString();
        int nextYear = LocalDate.now().getYear() + 1;
        String header = "uscc,name,district,established_on,fiscal_year,employees,tech_staff,revenue,total_income,"
                + "hitech_revenue,total_assets,rd_expense,rd_expense_domestic,tech_field,above_scale,net_assets,"
                + "expert_innovation_score\n";
        String good = ",350102,2015-03-01,2023,100,20,1000,1200,500,800,60,50,1,是,-5,80\n";
        Path file = file("rules.csv", header
                + USCC_A + ",甲" + good                                                               // 2 valid
                + "91350100M000100Y44,乙" + good                                                      // 3 check digit
                + USCC_B + ",," + good.substring(1)                                                    // 4 blank name
                + USCC_B + ",乙,350199,2015-03-01,2023,100,20,1000,1200,500,800,60,50,1,是,-5,80\n"     // 5 district
                + USCC_B + ",乙,350102," + future + ",2023,100,20,1000,1200,500,800,60,50,1,是,-5,80\n" // 6 future
                + USCC_B + ",乙,350102,2015-13-01,1999,100,20,1000,1200,500,800,60,50,1,是,-5,80\n"    // 7 date, year
                + USCC_B + ",乙,350102,2015-03-01," + nextYear + ",-1,20,10%,1200,500,800,60,50,1,是,-5,80\n" // 8
                + USCC_B + ",乙,350102,2015-03-01,2023,10,20,1000,900,500,800,60,50,1,是,-5,80\n"       // 9 cross 1
                + USCC_B + ",乙,350102,2015-03-01,2023,100,20,1000,1200,1300,800,60,70,1,是,-5,80\n"    // 10 cross 2
                + USCC_B + ",乙,350102,2015-03-01,2023,100,20,1.23456,1200,500,800,60,50,9,可能,x,101\n" // 11 cells
                + USCC_B + ",乙,350102,2015-03-01,2023,100,,1000,1200,500,800,60,50,1,是,-5,80,多余\n" // 12
                + tenValidRows(good));

        ImportStatus status = importNow(ImportKind.ENTERPRISES, file);

        assertThat(status.status()).as(status.message()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(status).extracting(ImportStatus::read, ImportStatus::written, ImportStatus::rejected)
                .containsExactly(21, 11, 10);
        assertThat(issues(status.importId())).extracting(i -> i.get("line"), i -> i.get("column_name"),
                i -> i.get("cell_value")).containsExactly(
                        tuple(3, "uscc", "91350100M000100Y44"),
                        tuple(4, "name", ""),
                        tuple(5, "district", "350199"),
                        tuple(6, "established_on", future),
                        tuple(7, "established_on", "2015-13-01"),
                        tuple(7, "fiscal_year", "1999"),
                        tuple(8, "employees", "-1"),
                        tuple(8, "fiscal_year", String.valueOf(nextYear)),
                        tuple(8, "revenue", "10%"),
                        tuple(9, "tech_staff", "20"),
                        tuple(9, "total_income", "900"),
                        tuple(10, "hitech_revenue", "1300"),
                        tuple(10, "rd_expense_domestic", "70"),
                        tuple(11, "above_scale", "可能"),
                        tuple(11, "expert_innovation_score", "101"),
                        tuple(11, "net_assets", "x"),
                        tuple(11, "revenue", "1.23456"),
                        tuple(11, "tech_field", "9"),
                        tuple(12, "tech_staff", ""),
                        tuple(12, null, null));
        // each reason is stored as the rule's code and the values its words quote, never as words of one language
        List<Message> reasons = issues(status.importId()).stream()
                .map(i -> Message.parse((String) i.get("reason")).orElseThrow()).toList();
        assertThat(reasons).filteredOn(m -> m.code().equals("import.text.futureDate")).singleElement()
                .satisfies(m -> assertThat(m.args().get(0)).isEqualTo(future));
        assertThat(reasons).contains(Message.of("uscc.check", "3", "4"), Message.of("import.text.required"),
                        Message.of("import.text.district"),
                        Message.of("import.text.yearRange", 2000, LocalDate.now().getYear()),
                        Message.of("import.text.techStaffAboveEmployees", 20, 10),
                        Message.of("import.text.totalIncomeBelowRevenue", "900", "1000"),
                        Message.of("import.text.hitechAboveIncome", "1300", "1200", false),
                        Message.of("import.text.domesticAboveRd", "70", "60"),
                        Message.of("import.text.percent"), Message.of("import.text.decimals", 4),
                        Message.of("import.text.score"), Message.of("import.text.techField"),
                        Message.of("import.text.tooManyCells"));
        assertThat(count("SELECT COUNT(*) FROM accounting_year")).isEqualTo(11);
        assertThat(jdbc.queryForObject("SELECT net_assets FROM accounting_year WHERE uscc = ?", BigDecimal.class, USCC_A))
                .isEqualByComparingTo("-5");
    }

    /** Enough valid rows that the ten rejected ones stay under the rejected-share limit. */
    private static String tenValidRows(String good) {
        StringBuilder rows = new StringBuilder();
        for (int year = 2010; year < 2020; year++) {
            rows.append(USCC_C).append(",丙").append(good.replace(",2023,", "," + year + ","));
        }
        return rows.toString();
    }

    @Test
    void reimportingTheSameFileChangesNothingAndALaterFileUpdatesOnlyItsRowsKeepingHistory() throws Exception {
        String first = HEADER + row(USCC_A, "甲公司", 2023, "1000") + row(USCC_A, "甲公司", 2024, "1100")
                + row(USCC_B, "乙公司", 2024, "500");
        ImportStatus one = importNow(ImportKind.ENTERPRISES, file("one.csv", first));
        String updatedAt = jdbc.queryForObject("SELECT CAST(updated_at AS VARCHAR(40)) FROM accounting_year "
                + "WHERE uscc = ? AND fiscal_year = 2023", String.class, USCC_A);

        ImportStatus again = importNow(ImportKind.ENTERPRISES, file("again.csv", first));

        assertThat(one.written()).isEqualTo(3);
        assertThat(again.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(again.written()).isZero();
        assertThat(again.message()).isEqualTo(Message.of("import.text.summaryUnchanged", 3, 0, 0, 0, 3).stored());
        assertThat(count("SELECT COUNT(*) FROM accounting_year_history")).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT CAST(updated_at AS VARCHAR(40)) FROM accounting_year WHERE uscc = ? "
                + "AND fiscal_year = 2023", String.class, USCC_A)).isEqualTo(updatedAt);

        // a later file: a new revenue for A 2023 (an older year, renamed), nothing about A 2024 or B
        ImportStatus later = importNow(ImportKind.ENTERPRISES, file("later.csv",
                HEADER + row(USCC_A, "甲公司（旧名）", 2023, "999")));

        assertThat(later.written()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT revenue FROM accounting_year WHERE uscc = ? AND fiscal_year = 2023",
                BigDecimal.class, USCC_A)).isEqualByComparingTo("999");
        assertThat(jdbc.queryForObject("SELECT revenue FROM accounting_year WHERE uscc = ? AND fiscal_year = 2024",
                BigDecimal.class, USCC_A)).isEqualByComparingTo("1100");
        // enterprise-level columns follow the newest fiscal year imported (2024), not the latest file
        assertThat(jdbc.queryForObject("SELECT name FROM enterprise WHERE uscc = ?", String.class, USCC_A))
                .isEqualTo("甲公司");
        assertThat(jdbc.queryForList("SELECT import_id FROM accounting_year_history WHERE uscc = ? AND fiscal_year = 2023 "
                + "ORDER BY import_id", Long.class, USCC_A)).containsExactly(one.importId(), later.importId());
        assertThat(jdbc.queryForList("SELECT revenue FROM accounting_year_history WHERE uscc = ? AND fiscal_year = 2023 "
                + "ORDER BY import_id", BigDecimal.class, USCC_A)).as("the history keeps each version as imported")
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("1000"), new BigDecimal("999"));
        assertThat(jdbc.queryForObject("SELECT source_import_id FROM accounting_year WHERE uscc = ? AND fiscal_year = 2023",
                Long.class, USCC_A)).isEqualTo(later.importId());

        ImportStatus newer = importNow(ImportKind.ENTERPRISES, file("newer.csv",
                HEADER + row(USCC_A, "甲公司（新名）", 2025, "1200")));
        assertThat(newer.written()).isEqualTo(1);
        assertThat(jdbc.queryForMap("SELECT name, profile_fiscal_year FROM enterprise WHERE uscc = ?", USCC_A))
                .containsEntry("name", "甲公司（新名）").containsEntry("profile_fiscal_year", 2025);
    }

    @Test
    void aKeyRepeatedInOneFileTakesTheLaterRowAndWarns() throws Exception {
        ImportStatus status = importNow(ImportKind.ENTERPRISES, file("repeat.csv", HEADER
                + row(USCC_A, "甲", 2023, "1") + row(USCC_B, "乙", 2023, "2") + row(USCC_A, "甲", 2023, "3")));

        assertThat(status.written()).isEqualTo(2);
        assertThat(status.warnings()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT revenue FROM accounting_year WHERE uscc = ?", BigDecimal.class, USCC_A))
                .isEqualByComparingTo("3");
        assertThat(issues(status.importId())).singleElement()
                .satisfies(w -> assertThat(w).containsEntry("line", 2).containsEntry("severity", "WARNING"));
    }

    @Test
    void failsTheWholeFileWhenMoreThanHalfItsRowsAreRejected() throws Exception {
        ImportStatus status = importNow(ImportKind.ENTERPRISES, file("mostly-bad.csv", HEADER
                + row(USCC_A, "甲", 2023, "1") + row(USCC_B, "乙", 2023, "-2") + row(USCC_C, "丙", 2023, "x")));

        assertThat(status.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(status.message()).isEqualTo(Message.of("import.text.tooManyRejected", "66.7", 2, 3, "50").stored());
        assertThat(status).extracting(ImportStatus::read, ImportStatus::written, ImportStatus::rejected)
                .containsExactly(3, 0, 2);
        assertThat(count("SELECT COUNT(*) FROM enterprise")).isZero();
        assertThat(count("SELECT COUNT(*) FROM accounting_year")).isZero();
        assertThat(count("SELECT COUNT(*) FROM accounting_year_history")).as("a refused file leaves no history").isZero();
        // the rejected rows stay downloadable, so the user can fix them
        StringWriter csv = new StringWriter();
        imports.writeRejectionsCsv(status.importId(), csv);
        assertThat(csv.toString().lines()).hasSize(3).element(1).asString().startsWith("3,revenue,'-2,");

        ImportStatus half = importNow(ImportKind.ENTERPRISES, file("half-bad.csv", HEADER
                + row(USCC_A, "甲", 2023, "1") + row(USCC_B, "乙", 2023, "-2")));
        assertThat(half.status()).as("exactly 50% is not above the limit").isEqualTo(ImportStatus.COMPLETED);
    }

    @Test
    void refusesFileLevelProblemsAtOnceWritingNothing() throws Exception {
        assertRefused(file("empty.csv", ""), "import.text.emptyFile");
        assertRefused(file("blank.csv", "\n\n"), "import.text.emptyFile");
        assertRefused(file("header-only.csv", HEADER), "import.text.headerOnly");
        assertRefused(file("no-header.csv", row(USCC_A, "甲", 2023, "1")), "import.file.noHeader", 1);
        assertRefused(file("missing.csv", "uscc,name,district\n" + USCC_A + ",甲,350102\n"),
                "import.text.missingColumns", "established_on (成立日期), fiscal_year (年度), employees (职工总数), "
                        + "tech_staff (科技人员数), revenue (销售收入), total_assets (资产总额), rd_expense (研发费用)");
        assertRefused(file("binary.csv", new byte[] {'u', 's', 'c', 'c', 0, 1, 2}), "import.file.controlCharacter", 4,
                "00");
        assertRefused(file("book.xlsx", new byte[] {'P', 'K', 3, 4, 20, 0}), "import.text.workbook");
        assertRefused(file("twice.csv", HEADER.replace("name,", "name,企业名称,") + "x\n"), "import.text.repeatedColumn",
                "name (企业名称)", 2, 3);
        assertThat(refusal(() -> importNow(ImportKind.ENTERPRISES, file("open-quote.csv",
                HEADER + USCC_A + ",\"甲,350102\n")))).extracting(Message::code).isEqualTo("import.file.csvFormat");
        assertThat(count("SELECT COUNT(*) FROM data_import")).isZero();
        assertThat(count("SELECT COUNT(*) FROM enterprise")).isZero();
    }

    @Test
    void refusesAFileBrokenFurtherDownAsAWholeWhenTheJobFindsIt() throws Exception {
        ImportStatus status = importNow(ImportKind.ENTERPRISES, file("late-quote.csv", HEADER
                + row(USCC_A, "甲", 2023, "1") + row(USCC_B, "乙", 2023, "1")
                + USCC_C + ",\"丙,350102,2015-03-01,2023,100,20,1,800,60\n"));

        assertThat(status.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(Message.parse(status.message())).get().extracting(Message::code, m -> m.args().get(0))
                .containsExactly("import.file.csvFormat", "4");
        assertThat(count("SELECT COUNT(*) FROM enterprise")).isZero();
        assertThat(count("SELECT COUNT(*) FROM accounting_year_history")).isZero();
    }

    @Test
    void refusesAFileOverTheSizeLimit() throws Exception {
        Path file = file("big.csv", HEADER + row(USCC_A, "甲", 2023, "1"));

        assertThat(refusal(() -> ImportFileCheck.check(file, new EnterpriseImport(), null, DataSize.ofBytes(100))))
                .isEqualTo(Message.of("import.file.tooLarge", 0, 0));
    }

    private void assertRefused(Path file, String code, Object... args) {
        assertThat(refusal(() -> importNow(ImportKind.ENTERPRISES, file))).as(file.getFileName().toString())
                .isEqualTo(Message.of(code, args));
    }

    /** Why the file was refused: the code and arguments the reader's words are made of. */
    private static Message refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable importing) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(importing);
        assertThat(thrown).isInstanceOf(ImportFileRejectedException.class);
        return ((ImportFileRejectedException) thrown).text();
    }

    @Test
    void writesRejectionsAsCsvSafeAgainstFormulaInjection() throws Exception {
        ImportStatus status = importNow(ImportKind.ENTERPRISES, file("inject.csv", HEADER
                + row(USCC_A, "甲", 2023, "1") + row(USCC_B, "乙", 2023, "1") + row(USCC_C, "丙", 2023, "1")
                + "=HYPERLINK(\"x\"),丙,350102,2015-03-01,2023,100,20,1,800,60\n"));

        StringWriter csv = new StringWriter();
        imports.writeRejectionsCsv(status.importId(), csv);

        assertThat(csv.toString()).startsWith("\uFEFFline,column,value,reason\r\n");
        assertThat(csv.toString().lines().skip(1)).singleElement().asString()
                .startsWith("5,uscc,\"'=HYPERLINK(\"\"x\"\")\",");
    }
}
