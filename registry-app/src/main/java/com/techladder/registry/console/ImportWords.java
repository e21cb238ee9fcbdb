package com.techladder.registry.console;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.techladder.batch.importing.ImportColumn;
import com.techladder.batch.importing.ImportDefinitions;
import com.techladder.batch.importing.ImportKind;

/**
 * The words an import stores — reasons for rejected rows, the summary, why a file was refused, column names — in the
 * reader's language. batch-import writes them in Chinese (docs/contracts/import-csv.md); each known text is matched
 * here and said again through the message bundles ({@code import.text.*}), with its figures as arguments. A text not
 * matched (a new reason of batch-import) is shown as stored rather than lost.
 */
@Component
public class ImportWords {

    /**
     * A stored text and the message that says it: the groups of the pattern are the message's arguments. Where the
     * stored text says more than the message (a line, a byte offset), Chinese readers get the stored text itself.
     */
    private record Known(Pattern pattern, String key, boolean storedIsChinese) {
    }

    private static final List<Known> KNOWN = List.of(
            known("导入完成：读取 (\\d+) 行，写入 (\\d+) 行，拒绝 (\\d+) 行，警告 (\\d+) 条；(\\d+) 行与登记库一致，未改动", "summaryUnchanged"),
            known("导入完成：读取 (\\d+) 行，写入 (\\d+) 行，拒绝 (\\d+) 行，警告 (\\d+) 条", "summary"),
            known("必填项为空", "required"),
            known("统一社会信用代码为空", "usccEmpty"),
            known("统一社会信用代码应为18位，实际为(\\d+)位.*", "usccLength"),
            known("第(\\d+)位字符 '(.)' 不在允许的字符集.*", "usccCharacter"),
            known("第3–8位（登记管理机关行政区划码）应为数字，第(\\d+)位为 '(.)'.*", "usccDivision"),
            known("校验码错误：第18位应为 '(.)'，实际为 '(.)'.*", "usccCheck"),
            known("该行的单元格多于表头的列数.*", "tooManyCells"),
            known("长度超过(\\d+)个字符", "tooLong"),
            known("类别无效：.*", "programme"),
            known("布尔值无效：.*", "yesNo"),
            known("日期格式无效：.*", "dateFormat"),
            known("日期不存在：(\\d+)年(\\d+)月(\\d+)日", "noSuchDate"),
            known("日期超出范围：应在 (\\S+) 至 (\\S+) 之间", "dateRange"),
            known("年度应为四位整数", "yearFormat"),
            known("年度应在 (\\d+) 至 (\\d+) 之间", "yearRange"),
            known("应为非负整数", "count"),
            known("专家评分应为0–100的整数", "score"),
            known("金额列不接受百分号.*", "percent"),
            known("不是有效的金额：.*", "amount"),
            known("金额不能为负数", "negative"),
            known("金额最多保留4位小数.*", "decimals"),
            known("金额超出范围（最多(\\d+)位整数，单位为万元）", "amountRange"),
            known("不是福州市的区县：.*", "district"),
            known("不是国家重点支持的高新技术领域：.*", "techField"),
            known("成立日期不能晚于今天（(.+)）", "establishedFuture"),
            known("科技人员数（(\\d+)）不能大于职工总数（(\\d+)）", "techStaff"),
            known("总收入（(.+)万元）不能小于销售收入（(.+)万元）", "totalIncome"),
            known("高新技术产品\\(服务\\)收入（(.+)万元）不能大于总收入（未填，按销售收入）（(.+)万元）", "hitechRevenueOfRevenue"),
            known("高新技术产品\\(服务\\)收入（(.+)万元）不能大于总收入（(.+)万元）", "hitechRevenue"),
            known("境内研发费用（(.+)万元）不能大于研发费用（(.+)万元）", "rdDomestic"),
            known("有效期至（(.+)）不能早于发证日期（(.+)）", "validUntil"),
            known("撤销日期（(.+)）不能早于发证日期（(.+)）", "revokedOn"),
            known("是否撤销为“否”，却填写了撤销日期", "revokedOnWithoutRevoked"),
            known("国家高新技术企业证书编号通常为.*", "certificateNo"),
            known("与文件中后面一行的键（(.+)）相同.*", "repeatedKey"),
            known("未知的列，已忽略", "unknownColumn"),
            known("文件为空.*", "emptyFile"),
            known("文件只有表头，没有数据行", "headerOnly"),
            detailed("缺少表头.*", "noHeader"),
            known("缺少必填列：(.+)", "missingColumns"),
            detailed("表头中列 (.+) 出现了两次（第(\\d+)列和第(\\d+)列）", "repeatedColumn"),
            known("文件不是文本：这是 Excel 工作簿.*", "workbook"),
            known("文件不是文本：这是旧版 Excel 工作簿.*", "oldWorkbook"),
            detailed("文件不是文本.*", "binary"),
            detailed("文件过大.*", "tooLarge"),
            known("被拒绝的行占 ([\\d.]+)%（(\\d+)/(\\d+)），超过允许的 (\\d+)%.*", "tooManyRejected"),
            detailed("(文件带有 UTF-8 BOM|文件混用了两种编码|无法识别文件编码|文件看起来是 UTF-8 编码|文件不是有效的 ).*", "encoding"),
            detailed("第(\\d+)行.*无法解码.*", "undecodable"),
            detailed("第(\\d+)行起的 CSV 格式无效.*", "csvFormat"),
            known("导入因意外错误中断.*", "interrupted"),
            known("导入被中断：处理该导入的服务实例.*", "cutOff"),
            known("导入未能启动.*", "notStarted"));

    private static final String CHINESE = "zh";

    private final MessageSource messages;
    private final Map<String, ImportColumn> columns = new HashMap<>();

    ImportWords(MessageSource messages, ImportDefinitions definitions) {
        this.messages = messages;
        for (ImportKind kind : ImportKind.values()) {
            definitions.of(kind).columns().forEach(column -> columns.putIfAbsent(column.csvName(), column));
        }
    }

    private static Known known(String regex, String key) {
        return new Known(Pattern.compile(regex, Pattern.DOTALL), "import.text." + key, false);
    }

    /** A text whose details (lines, offsets, sizes) the message leaves out: Chinese readers see it as stored. */
    private static Known detailed(String regex, String key) {
        return new Known(Pattern.compile(regex, Pattern.DOTALL), "import.text." + key, true);
    }

    /** A stored reason or message in the reader's language; as stored when it is not one batch-import is known to write. */
    public String text(String stored, Locale locale) {
        if (stored == null) {
            return null;
        }
        for (Known known : KNOWN) {
            Matcher m = known.pattern().matcher(stored.strip());
            if (m.matches()) {
                if (known.storedIsChinese() && CHINESE.equals(locale.getLanguage())) {
                    return stored;
                }
                Object[] args = new Object[m.groupCount()];
                for (int g = 0; g < args.length; g++) {
                    String group = m.group(g + 1);
                    // a count is formatted as the reader writes numbers (2,000); dates and amounts stay as stored
                    args[g] = group != null && group.matches("\\d{1,9}") ? (Object) Long.valueOf(group) : group;
                }
                return messages.getMessage(known.key(), args, stored, locale);
            }
        }
        return stored;
    }

    /** A column as the reader knows it: its Chinese header (the contract's first alias) in Chinese, else its CSV name. */
    String column(String csvName, Locale locale) {
        if (csvName == null) {
            return "—";
        }
        ImportColumn column = columns.get(csvName);
        return column == null || !CHINESE.equals(locale.getLanguage()) ? csvName : column.aliases().get(0);
    }
}
