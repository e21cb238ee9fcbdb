package com.techladder.rules.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The ranges of the enterprise-year record contract, in one place for every way a record comes in — the CSV import
 * (batch-import's CellParser), the self-check API and form (registry-app's FieldValues) — and for the years and dates
 * the API accepts. Beyond them a value is refused with the field named, never carried on: 1e308 万元 once overflowed a
 * long into "92233720368547758.07 万元", a year of 2147483647 into a 500 (issue 11).
 */
public final class RecordBounds {

    /** Amounts in 万元 are stored as NUMERIC(16,4): at most 12 digits before the decimal point. */
    public static final int AMOUNT_INTEGER_DIGITS = 12;
    /** … and at most 4 after it. */
    public static final int AMOUNT_DECIMALS = 4;
    /** The first fiscal year the registry holds, and the first assessment year a run or a plan may name. */
    public static final int FIRST_YEAR = 2000;
    /** The last year a run, a plan or a query may name. */
    public static final int LAST_YEAR = 2100;
    /** The earliest date a record may carry (成立日期, certificate dates): older is a typing error. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** The latest date a record or a query may carry. */
    public static final LocalDate LATEST_DATE = LocalDate.of(LAST_YEAR, 12, 31);

    private RecordBounds() {
    }

    /** At most {@value #AMOUNT_INTEGER_DIGITS} digits before the decimal point (checked on the exact value). */
    public static boolean amountFits(BigDecimal amount) {
        return amount.precision() - amount.scale() <= AMOUNT_INTEGER_DIGITS;
    }

    /**
     * At most {@value #AMOUNT_DECIMALS} decimals once trailing zeros are dropped (35.00000 is 35). One division,
     * however many zeros: dropping them one by one takes minutes on a number of a hundred thousand digits.
     */
    public static boolean decimalsFit(BigDecimal amount) {
        if (amount.scale() <= AMOUNT_DECIMALS) {
            return true;
        }
        try {
            amount.setScale(AMOUNT_DECIMALS, RoundingMode.UNNECESSARY);
            return true;
        } catch (ArithmeticException moreDecimals) {
            return false;
        }
    }

    public static boolean yearInRange(long year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public static boolean dateInRange(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }
}
