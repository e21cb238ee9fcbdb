package com.techladder.batch.importing;

import com.techladder.rules.identity.FuzhouDivision;
import com.techladder.rules.identity.TechField;
import com.techladder.rules.identity.Uscc;
import com.techladder.rules.model.Programme;
import com.techladder.rules.model.RecordBounds;
import com.techladder.rules.record.RecordText;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Turns the text of one cell into a typed value per the contract's common rules: amounts in 万元 with up to 4 decimals
 * and optional thousands separators (no %), non-negative integer counts, booleans true/false 1/0 是/否 Y/N yes/no, dates
 * YYYY-MM-DD, YYYY/MM/DD and YYYY年M月D日. A blank cell is missing (null), never zero.
 * Numbers and dates are scanned by hand: a 300,000-row file holds millions of cells, regular expressions cost seconds.
 * A broken rule is refused with its code (the message bundles' key in registry-app) and the values its words quote;
 * a broken USCC with {@link Uscc}'s own codes.
 */
public final class CellParser {

    static final String TOO_LONG = "import.text.tooLong";
    static final String DISTRICT = "import.text.district";
    static final String TECH_FIELD = "import.text.techField";
    static final String PROGRAMME = "import.text.programme";
    static final String YES_NO = "import.text.yesNo";
    static final String NO_SUCH_DATE = "import.text.noSuchDate";
    static final String DATE_FORMAT = "import.text.dateFormat";
    static final String DATE_RANGE = "import.text.dateRange";
    static final String YEAR_FORMAT = "import.text.yearFormat";
    static final String YEAR_RANGE = "import.text.yearRange";
    static final String COUNT = "import.text.count";
    static final String SCORE = "import.text.score";
    static final String PERCENT = "import.text.percent";
    static final String AMOUNT = "import.text.amount";
    static final String NEGATIVE = "import.text.negative";
    static final String DECIMALS = "import.text.decimals";
    /** More integer digits than the contract's twelve: args (the limit). */
    static final String AMOUNT_RANGE = "import.text.amountRange";

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
            case DISTRICT -> FuzhouDivision.parse(text).map(FuzhouDivision::code)
                    .orElseThrow(() -> new InvalidCellException(DISTRICT));
            case PROGRAMME -> programme(text);
            case TECH_FIELD -> TechField.parse(text).map(TechField::number)
                    .orElseThrow(() -> new InvalidCellException(TECH_FIELD));
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
            throw new InvalidCellException(TOO_LONG, type.maxLength());
        }
        return text;
    }

    private static String uscc(String text) {
        Uscc.problem(text).ifPresent(problem -> {
            throw new InvalidCellException(problem.code(), problem.args().toArray());
        });
        return Uscc.normalise(text);
    }

    private static String programme(String text) {
        try {
            return Programme.parse(text).name();
        } catch (IllegalArgumentException e) {
            throw new InvalidCellException(PROGRAMME);
        }
    }

    static Boolean bool(String text) {
        Boolean value = RecordText.yesNo(text);
        if (value == null) {
            throw new InvalidCellException(YES_NO);
        }
        return value;
    }

    /** YYYY-MM-DD, YYYY/MM/DD (month and day may have one digit) or YYYY年M月D日 ({@link RecordText#date}). */
    static LocalDate date(String text) {
        LocalDate date;
        try {
            date = RecordText.date(text);
        } catch (RecordText.NoSuchDay e) {
            throw new InvalidCellException(NO_SUCH_DATE, e.year(), e.month(), e.day());
        }
        if (date == null) {
            throw new InvalidCellException(DATE_FORMAT);
        }
        if (!RecordBounds.dateInRange(date)) {
            throw new InvalidCellException(DATE_RANGE, RecordBounds.EARLIEST_DATE, RecordBounds.LATEST_DATE);
        }
        return date;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Integer fiscalYear(String text) {
        int year = integer(text, YEAR_FORMAT);
        if (year < FIRST_FISCAL_YEAR || year > today.getYear()) {
            throw new InvalidCellException(YEAR_RANGE, FIRST_FISCAL_YEAR, today.getYear());
        }
        return year;
    }

    private static Integer count(String text) {
        return integer(text, COUNT);
    }

    private static Integer score(String text) {
        int score = integer(text, SCORE);
        if (score > 100) {
            throw new InvalidCellException(SCORE);
        }
        return score;
    }

    /** A non-negative integer, thousands separators allowed ("1,200"). */
    private static int integer(String text, String code) {
        String plain = withoutThousandsSeparators(text, false);
        if (plain == null || plain.indexOf('.') >= 0 || plain.startsWith("-") || plain.length() > 9) {
            throw new InvalidCellException(code);
        }
        return Integer.parseInt(plain);
    }

    static BigDecimal amount(String text, boolean mayBeNegative) {
        if (text.indexOf('%') >= 0) {
            throw new InvalidCellException(PERCENT);
        }
        BigDecimal value = scanAmount(text);
        if (value == null) {
            String plain = withoutThousandsSeparators(text, true);
            if (plain == null) {
                throw new InvalidCellException(AMOUNT);
            }
            value = new BigDecimal(plain);
        }
        if (!mayBeNegative && value.signum() < 0) {
            throw new InvalidCellException(NEGATIVE);
        }
        if (value.scale() > MAX_DECIMALS) {
            throw new InvalidCellException(DECIMALS, MAX_DECIMALS);
        }
        if (!RecordBounds.amountFits(value)) {
            throw new InvalidCellException(AMOUNT_RANGE, RecordBounds.AMOUNT_INTEGER_DIGITS);
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
