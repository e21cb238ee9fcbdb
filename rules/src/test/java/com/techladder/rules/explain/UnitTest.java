package com.techladder.rules.explain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A value is shown with the precision that decides its boundary: never "5%" for a ratio that misses ≥ 5%. */
class UnitTest {

    @Test
    void aRatioJustUnderItsLimitShowsTheDigitsThatTellThemApart() {
        assertThat(Unit.PERCENT.formatAgainst(0.049998, 0.05)).isEqualTo("4.9998%");
        assertThat(Unit.PERCENT.formatAgainst(0.2999, 0.30)).isEqualTo("29.99%");
        assertThat(Unit.PERCENT.formatAgainstEn(0.5999999, 0.60)).isEqualTo("59.99999%");
    }

    @Test
    void aRatioJustOverItsLimitIsToldApartToo() {
        assertThat(Unit.PERCENT.formatAgainst(0.050004, 0.05)).isEqualTo("5.0004%");
    }

    @Test
    void aValueOnItsLimitOrClearlyApartKeepsTheUsualPrecision() {
        assertThat(Unit.PERCENT.formatAgainst(0.05, 0.05)).isEqualTo("5%");
        assertThat(Unit.PERCENT.formatAgainst(0.1 * 3 / 6, 0.05)).isEqualTo("5%");
        assertThat(Unit.PERCENT.formatAgainst(0.0365, 0.05)).isEqualTo("3.7%");
        assertThat(Unit.WAN.formatAgainst(1999.5, 2000)).isEqualTo("1999.5 万元");
    }

    @Test
    void anAmountJustUnderItsLimitShowsTheDigitsThatTellThemApart() {
        assertThat(Unit.WAN.formatAgainst(1999.999, 2000)).isEqualTo("1999.999 万元");
    }
}
