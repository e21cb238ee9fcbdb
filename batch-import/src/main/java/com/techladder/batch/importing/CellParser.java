package com.techladder.batch.importing;

import com.techladder.rules.identity.FuzhouDivision;
import com.techladder.rules.identity.TechField;
import com.techladder.rules.identity.Uscc;
import com.techladder.rules.model.Programme;
import com.techladder.rules.model.RecordBounds;
import com.techladder.rules.record.RecordText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Turns the text of one cell into a typed value per the contract's common rules: amounts in 万元 with up to 4 decimals
 * and optional thousands separators (no %), non-negative integer counts, booleans true/false 1/0 是/否 Y/N yes/no, dates
 * YYYY-MM-DD, YYYY/MM/DD and YYYY年M月D日. A blank cell is missing (null), never zero.
 * Numbers and dates are scanned by hand: a 300,000-row file holds millions of cells, regular expressions cost seconds.
 */
public final class CellParser {

    static final int FIRST_FISCAL_YEAR = RecordBounds.FIRST_YEAR;
    /** Decimals as written: a cell of 35.00000 has more than the contract's four. */
    private static final int MAX_DECIMALS = RecordBounds.AMOUNT_DECIMALS;

    private final LocalDate today;

    public CellParser(LocalDate today) {
        this.today = today;
    }

    public LocalDate today() {
        return today;
    }

    /** The typed value, or null when the cell is blank; throws {@link InvalidCellException} naming the broken rule. */
    public Object parse(CellType type, String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        if (text.isEmpty()) {
            return null;
        }
        return switch (type) {
            case NAME, CERTIFICATE_NO, BATCH -> text(type, text);
            case USCC -> uscc(text);
            case DISTRICT -> FuzhouDivision.parse(text).map(FuzhouDivision::code).orElseThrow(() -> new InvalidCellException(
                    "不是福州市的区县：应为6位行政区划代码（如 350102）或区县名称（如 鼓楼区）(GB/T 2260)"));
            case PROGRAMME -> programme(text);
            case TECH_FIELD -> TechField.parse(text).map(TechField::number).orElseThrow(() -> new InvalidCellException(
                    "不是国家重点支持的高新技术领域：应为1–8或领域名称（如 电子信息）"));
            case BOOLEAN -> bool(text);
            case DATE -> date(text);
            case FISCAL_YEAR -> fiscalYear(text);
            case COUNT -> count(text);
            case AMOUNT -> amount(text, false);
            case SIGNED_AMOUNT -> amount(text, true);
            case SCORE -> score(text);
        };
    }

    private static String text(CellType type, String text) {
        if (text.length() > type.maxLength()) {
            throw new InvalidCellException("长度超过" + type.maxLength() + "个字符");
        }
        return text;
    }

    private static String uscc(String text) {
        Uscc.problem(text).ifPresent(reason -> {
            throw new InvalidCellException(reason);
        });
        return Uscc.normalise(text);
    }

    private static String programme(String text) {
        try {
            return Programme.parse(text).name();
        } catch (IllegalArgumentException e) {
            throw new InvalidCellException("类别无效：应为 TECH_SME/科技型中小企业、PROVINCIAL_HTE/省级高新技术企业、"
                    + "NATIONAL_HTE/国家高新技术企业 或 LITTLE_GIANT/科技小巨人企业");
        }
    }

    static Boolean bool(String text) {
        Boolean value = RecordText.yesNo(text);
        if (value == null) {
            throw new InvalidCellException("布尔值无效：应为 是/否、true/false、1/0 或 Y/N");
        }
        return value;
    }

    /** YYYY-MM-DD, YYYY/MM/DD (month and day may have one digit) or YYYY年M月D日 ({@link RecordText#date}). */
    static LocalDate date(String text) {
        LocalDate date;
        try {
            date = RecordText.date(text);
        } catch (RecordText.NoSuchDay e) {
            throw new InvalidCellException("日期不存在：" + e.year() + "年" + e.month() + "月" + e.day() + "日");
        }
        if (date == null) {
            throw new InvalidCellException("日期格式无效：应为 YYYY-MM-DD、YYYY/MM/DD 或 YYYY年M月D日");
        }
        if (!RecordBounds.dateInRange(date)) {
            throw new InvalidCellException("日期超出范围：应在 " + RecordBounds.EARLIEST_DATE + " 至 "
                    + RecordBounds.LATEST_DATE + " 之间");
        }
        return date;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Integer fiscalYear(String text) {
        int year = integer(text, "年度应为四位整数");
        if (year < FIRST_FISCAL_YEAR || year > today.getYear()) {
            throw new InvalidCellException("年度应在 " + FIRST_FISCAL_YEAR + " 至 " + today.getYear() + " 之间");
        }
        return year;
    }

    private static Integer count(String text) {
        return integer(text, "应为非负整数");
    }

    private static Integer score(String text) {
        int score = integer(text, "专家评分应为0–100的整数");
        if (score > 100) {
            throw new InvalidCellException("专家评分应为0–100的整数");
        }
        return score;
    }

    /** A non-negative integer, thousands separators allowed ("1,200"). */
    private static int integer(String text, String reason) {
        String plain = withoutThousandsSeparators(text, false);
        if (plain == null || plain.indexOf('.') >= 0 || plain.startsWith("-") || plain.length() > 9) {
            throw new InvalidCellException(reason);
        }
        return Integer.parseInt(plain);
    }

    static BigDecimal amount(String text, boolean mayBeNegative) {
        if (text.indexOf('%') >= 0) {
            throw new InvalidCellException("金额列不接受百分号：请填写金额，单位为万元");
        }
        BigDecimal value = scanAmount(text);
        if (value == null) {
            String plain = withoutThousandsSeparators(text, true);
            if (plain == null) {
                throw new InvalidCellException("不是有效的金额：应为以万元为单位的数字，可含千位分隔符（如 1,234.5）");
            }
            value = new BigDecimal(plain);
        }
        if (!mayBeNegative && value.signum() < 0) {
            throw new InvalidCellException("金额不能为负数");
        }
        if (value.scale() > MAX_DECIMALS) {
            throw new InvalidCellException("金额最多保留4位小数（单位为万元）");
        }
        if (!RecordBounds.amountFits(value)) {
            throw new InvalidCellException("金额超出范围（最多" + RecordBounds.AMOUNT_INTEGER_DIGITS + "位整数，单位为万元）");
        }
        return value;
    }

    /**
     * The common case of an amount read in one pass: an optional minus sign, at most 18 digits without thousands
     * separators and an optional decimal part; null for anything else (thousands separators, longer numbers, bad
     * text), which the general path then reads or refuses. As {@code new BigDecimal(text)} would, but without the
     * intermediate strings: a 300,000-row file holds three million amounts.
     */
    private static BigDecimal scanAmount(String text) {
        int n = text.length();
        int i = text.charAt(0) == '-' ? 1 : 0;
        long unscaled = 0;
        int digits = 0;
        int scale = -1;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                if (++digits > 18) {
                    return null;
                }
                unscaled = unscaled * 10 + (c - '0');
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0 && digits > 0) {
                scale = 0;
            } else {
                return null;
            }
        }
        if (digits == 0 || scale == 0) {
            return null;
        }
        return BigDecimal.valueOf(text.charAt(0) == '-' ? -unscaled : unscaled, Math.max(scale, 0));
    }

    /**
     * The number without its thousands separators, or null when the text is not a plain number: an optional minus
     * sign, digits (grouped by commas in threes if commas are used) and, when allowed, a decimal part.
     */
    private static String withoutThousandsSeparators(String text, boolean decimalsAllowed) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        if (text.charAt(0) == '-') {
            out.append('-');
            i++;
        }
        int groupDigits = 0;
        int integerDigits = 0;
        boolean commas = false;
        for (; i < n && text.charAt(i) != '.'; i++) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                out.append(c);
                groupDigits++;
                integerDigits++;
            } else if (c == ',' && groupDigits > 0 && (commas ? groupDigits == 3 : groupDigits <= 3)) {
                commas = true;
                groupDigits = 0;
            } else {
                return null;
            }
        }
        if (integerDigits == 0 || (commas && groupDigits != 3)) {
            return null;
        }
        if (i < n) {
            if (!decimalsAllowed || i == n - 1) {
                return null;
            }
            out.append('.');
            for (i++; i < n; i++) {
                char c = text.charAt(i);
                if (!isDigit(c)) {
                    return null;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
