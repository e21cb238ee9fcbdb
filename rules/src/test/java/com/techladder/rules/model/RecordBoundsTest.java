package com.techladder.rules.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The record contract's ranges, one case per boundary. */
class RecordBoundsTest {

    @ParameterizedTest
    @CsvSource({"999999999999.9999,true", "-999999999999,true", "0.0001,true", "1000000000000,false",
        "-1E+12,false", "1E+11,true", "1E+308,false", "1E+999999999,false"})
    void anAmountHasAtMostTwelveIntegerDigits(String amount, boolean fits) {
        assertThat(RecordBounds.amountFits(new BigDecimal(amount))).isEqualTo(fits);
    }

    @ParameterizedTest
    @CsvSource({"35.1234,true", "35.00000,true", "35.00001,false", "0.00001,false", "1E-4,true", "1E-5,false",
        "1E+3,true"})
    void anAmountHasAtMostFourDecimalsOnceTrailingZerosAreDropped(String amount, boolean fits) {
        assertThat(RecordBounds.decimalsFit(new BigDecimal(amount))).isEqualTo(fits);
    }

    @Test
    void aHundredThousandTrailingZerosAreNoDecimalsButADigitAfterThemIs() {
        // a cell may hold this: the check rescales once rather than stripping zeros one by one (no timing asserted
        // here: speed is for benchmarks, docs/performance.md)
        assertThat(RecordBounds.decimalsFit(new BigDecimal("1." + "0".repeat(100_000)))).isTrue();
        assertThat(RecordBounds.decimalsFit(new BigDecimal("1." + "0".repeat(100_000) + "1"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"1900-01-01,true", "1899-12-31,false", "2100-12-31,true", "2101-01-01,false", "-0001-01-01,false"})
    void datesRunFrom1900To2100(String date, boolean inRange) {
        assertThat(RecordBounds.dateInRange(LocalDate.parse(date))).isEqualTo(inRange);
    }

    @ParameterizedTest
    @CsvSource({"2000,true", "1999,false", "2100,true", "2101,false", "2147483647,false"})
    void yearsRunFrom2000To2100(long year, boolean inRange) {
        assertThat(RecordBounds.yearInRange(year)).isEqualTo(inRange);
    }
}
