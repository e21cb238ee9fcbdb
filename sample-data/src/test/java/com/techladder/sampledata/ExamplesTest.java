package com.techladder.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The hand-made files in sample-data/examples: GB18030, Chinese headers, and bad rows exactly at the physical lines
 * sample-data/README.md lists.
 */
class ExamplesTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Path ENTERPRISES = Path.of("examples", "enterprises-gb18030.csv");
    private static final Path CERTIFICATES = Path.of("examples", "certificates-gb18030.csv");
    private static final Path MISSING_USCC_COLUMN = Path.of("examples", "enterprises-missing-uscc-column-gb18030.csv");

    /** The contract's 中文表头 aliases, in the order of the English columns. */
    private static final List<String> ENTERPRISE_ALIASES = List.of(
            "统一社会信用代码", "企业名称", "所属区县", "是否位于高新区", "成立日期", "年度", "职工总数", "科技人员数", "销售收入",
            "总收入", "高新技术产品(服务)收入", "资产总额", "负债总额", "净资产", "成本费用总额", "研发费用", "境内研发费用",
            "Ⅰ类知识产权数", "Ⅱ类知识产权数", "有自主研发知识产权", "技术领域", "科技成果转化数", "创新能力评价专家评分",
            "研发组织管理制度与辅助账", "建有研发机构", "成果转化激励制度", "人才培养与激励制度", "省部级以上研发机构",
            "近五年国家级科技奖励前三", "近五年主导制定标准", "规模以上企业", "软件和信息服务业", "查账征收", "限制类或负面清单行业",
            "重大安全事故", "重大质量事故", "严重环境违法", "科研严重失信", "严重弄虚作假", "列入经营异常名录", "列入严重违法失信名单",
            "研发费用加计扣除额", "应纳企业所得税额");
    private static final List<String> CERTIFICATE_ALIASES = List.of(
            "统一社会信用代码", "企业名称", "类别", "证书编号/入库登记编号", "发证日期/入库日期", "有效期至", "批次", "是否撤销", "撤销日期");
    private static final Map<String, String> PROGRAMME_NAMES = Map.of(
            "科技型中小企业", "TECH_SME", "省级高新技术企业", "PROVINCIAL_HTE", "国家高新技术企业", "NATIONAL_HTE",
            "科技小巨人企业", "LITTLE_GIANT");
    private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    @Test
    void theFilesAreGb18030NotUtf8() throws IOException {
        for (Path file : List.of(ENTERPRISES, CERTIFICATES, MISSING_USCC_COLUMN)) {
            byte[] bytes = Files.readAllBytes(file);
            assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)))
                    .isInstanceOf(CharacterCodingException.class);
        }
    }

    @Test
    void enterpriseBadRowsAreExactlyLines28To51() throws IOException {
        CsvTable table = CsvTable.read(ENTERPRISES, GB18030);
        List<String> withRemark = new ArrayList<>(ENTERPRISE_ALIASES);
        withRemark.add("备注"); // an unknown column: a warning, then ignored
        assertThat(table.header()).isEqualTo(withRemark);
        List<Map<String, String>> rows = canonical(table, ENTERPRISE_ALIASES, ContractRowCheck.ENTERPRISE_COLUMNS);
        // the last two rows carry a line break in a quoted name, so every row before them is at physical line index + 2
        List<Integer> badLines = badLines(rows, row -> ContractRowCheck.enterpriseRow(row, LocalDate.now()));
        assertThat(badLines).isEqualTo(IntStream.rangeClosed(28, 51).boxed().toList());
        assertThat(rows.get(rows.size() - 1).get("name")).contains("\n");
        assertThat(rows.size() - badLines.size()).as("clean rows outnumber the rejected ones (50% limit)")
                .isGreaterThan(badLines.size());
    }

    @Test
    void certificateBadRowsAreExactlyLines11To16() throws IOException {
        CsvTable table = CsvTable.read(CERTIFICATES, GB18030);
        assertThat(table.header()).isEqualTo(CERTIFICATE_ALIASES);
        List<Map<String, String>> rows = canonical(table, CERTIFICATE_ALIASES, ContractRowCheck.CERTIFICATE_COLUMNS);
        assertThat(badLines(rows, ContractRowCheck::certificateRow)).containsExactly(11, 12, 13, 14, 15, 16);
        List<Integer> oddNationalNumbers = IntStream.range(0, rows.size())
                .filter(i -> "NATIONAL_HTE".equals(rows.get(i).get("programme"))
                        && !ContractRowCheck.NATIONAL_NUMBER.matcher(rows.get(i).get("certificate_no")).matches())
                .mapToObj(i -> i + 2).toList();
        assertThat(oddNationalNumbers).as("only line 7 draws the number-shape warning").containsExactly(7);
    }

    @Test
    void theFileWithoutTheUsccColumnLacksOnlyThatRequiredColumn() throws IOException {
        CsvTable table = CsvTable.read(MISSING_USCC_COLUMN, GB18030);
        assertThat(table.header()).isEqualTo(ENTERPRISE_ALIASES.subList(1, ENTERPRISE_ALIASES.size()));
        assertThat(table.rows()).isNotEmpty();
    }

    /** Physical line numbers (header = 1) of the rows that break a rule; valid while no earlier row spans lines. */
    private static List<Integer> badLines(List<Map<String, String>> rows,
            Function<Map<String, String>, List<String>> check) {
        return IntStream.range(0, rows.size()).filter(i -> !check.apply(rows.get(i)).isEmpty())
                .mapToObj(i -> i + 2).toList();
    }

    /** Maps Chinese headers to English and the contract's alternative spellings to the canonical ones. */
    private static List<Map<String, String>> canonical(CsvTable table, List<String> aliases, List<String> columns) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Map<String, String> row : table.rows()) {
            Map<String, String> canonical = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                // a column the example predates (added to the contract later) is empty, as an import reads it
                canonical.put(columns.get(i), i < aliases.size() ? canonicalValue(row.get(aliases.get(i))) : "");
            }
            if (row.containsKey(CsvTable.CELL_COUNT_MISMATCH)) {
                canonical.put(CsvTable.CELL_COUNT_MISMATCH, row.get(CsvTable.CELL_COUNT_MISMATCH));
            }
            rows.add(canonical);
        }
        return rows;
    }

    private static String canonicalValue(String value) {
        if (PROGRAMME_NAMES.containsKey(value)) {
            return PROGRAMME_NAMES.get(value);
        }
        if (THOUSANDS.matcher(value).matches()) {
            return value.replace(",", "");
        }
        Matcher date = CHINESE_DATE.matcher(value);
        if (date.matches()) {
            return LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                    Integer.parseInt(date.group(3))).toString();
        }
        if (value.matches("\\d{4}/\\d{2}/\\d{2}")) {
            return value.replace('/', '-');
        }
        return value;
    }
}
