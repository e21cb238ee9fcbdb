package com.techladder.rules.explain;

import com.techladder.rules.text.Names;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a value is shown to an enterprise: ratios as percentages, amounts in 万元, counts with their measure word.
 * Hand-rolled rather than String.format, which would dominate the cost of evaluating a million enterprises.
 */
public enum Unit {
    PERCENT, WAN, PERSONS, ITEMS, DAYS, YEARS, POINTS, PER_YEAR;

    /** What follows the number in zh-CN and English (" 万元", " ×10k CNY"): texts/names.yaml, "units". */
    private static final Names.Pair[] TEXTS = Names.of("units", values());

    /** Differences this small count as equal (Comparison's tolerance): a ratio exactly on its limit shows as the limit. */
    private static final double BOUNDARY_TOLERANCE = 1e-9;
    private static final int MAX_DIGITS = 8;


    public String format(double value) {
        return number(value) + TEXTS[ordinal()].zh();
    }

    /** {@code actual} shown against {@code limit} ({@link #formatAgainst}), when the result is read. */
    public Against against(double actual, double limit) {
        return new Against(this, actual, limit);
    }

    /** A value to be shown against the limit it is judged by. */
    public record Against(Unit unit, double actual, double limit) {
    }

    public String formatEn(double value) {
        return number(value) + TEXTS[ordinal()].en();
    }

    /**
     * {@code actual} as shown beside the limit it is judged against: with as many more decimals as it takes for a value
     * on the wrong side of the limit not to look equal to it (4.996% against ≥ 5% shows "4.996%", never "5%").
     */
    public String formatAgainst(double actual, double limit) {
        return numberAgainst(actual, limit) + TEXTS[ordinal()].zh();
    }

    public String formatAgainstEn(double actual, double limit) {
        return numberAgainst(actual, limit) + TEXTS[ordinal()].en();
    }

    private String numberAgainst(double actual, double limit) {
        String shown = number(actual);
        if (Math.abs(actual - limit) <= BOUNDARY_TOLERANCE || !shown.equals(number(limit))) {
            return shown;
        }
        double scale = this == PERCENT ? 100 : 1;
        int digits = this == PERCENT ? 2 : 3;
        while (digits < MAX_DIGITS && preciseDecimal(actual * scale, digits).equals(preciseDecimal(limit * scale, digits))) {
            digits++;
        }
        return preciseDecimal(actual * scale, digits);
    }

    private static String preciseDecimal(double value, int digits) {
        return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private String number(double value) {
        return this == PERCENT ? decimal(value * 100, 1) : decimal(value, 2);
    }

    /** A yes/no fact as a count for a point table whose only band is "has it" (≥ 1): yes 1, no 0, unknown null. */
    public static Double presence(Boolean has) {
        return has == null ? null : has ? 1.0 : 0.0;
    }

    /** {@code value} rounded to at most {@code digits} decimals, trailing zeros dropped: 4.0 → "4", 3.65 → "3.65". */
    public static String decimal(double value, int digits) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        long scale = digits == 1 ? 10 : 100;
        long scaled = Math.round(Math.abs(value) * scale);
        StringBuilder sb = new StringBuilder(12);
        if (value < 0 && scaled != 0) {
            sb.append('-');
        }
        sb.append(scaled / scale);
        long fraction = scaled % scale;
        if (fraction != 0) {
            sb.append('.');
            if (digits == 2) {
                sb.append(fraction / 10);
                if (fraction % 10 != 0) {
                    sb.append(fraction % 10);
                }
            } else {
                sb.append(fraction);
            }
        }
        return sb.toString();
    }
}
