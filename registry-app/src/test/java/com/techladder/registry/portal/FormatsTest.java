package com.techladder.registry.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import com.techladder.registry.testing.Bundles;

/** How every page writes a number: each kind one way, in both languages. */
class FormatsTest {

    private final Formats formats = new Formats(Bundles.messages());

    /** The pages' two languages write numbers alike; each test that says otherwise sets its own. */
    @BeforeEach
    void chinese() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void defaultLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void countsCarryThousandsSeparatorsAndNothingIsADash() {
        assertThat(formats.count(2057)).isEqualTo("2,057");
        assertThat(formats.count(1_234_567L)).isEqualTo("1,234,567");
        assertThat(formats.count(null)).isEqualTo("—");
    }

    @Test
    void amountsInWanYuanAlwaysHaveTwoDecimals() {
        assertThat(formats.wan(new BigDecimal("8000.5"))).isEqualTo("8,000.50");
        assertThat(formats.wan(new BigDecimal("35"))).isEqualTo("35.00");
        assertThat(formats.wan(new BigDecimal("0.125"))).isEqualTo("0.13");
        assertThat(formats.figure(new BigDecimal("1200"))).isEqualTo("1,200.00");
        assertThat(formats.figure(120)).isEqualTo("120");
    }

    @Test
    void nothingDueIsADashNotZero() {
        assertThat(formats.due(BigDecimal.ZERO)).isEqualTo("—");
        assertThat(formats.due(null)).isEqualTo("—");
        assertThat(formats.due(new BigDecimal("24"))).isEqualTo("24.00");
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(formats.dueWanYuan(new BigDecimal("24"))).isEqualTo("24.00 万元");
        assertThat(formats.dueWanYuan(new BigDecimal("0.00"))).isEqualTo("—");
    }

    @Test
    void agesAreInYearsAndMonths() {
        LocalDate on = LocalDate.of(2026, 12, 4);
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(formats.age(LocalDate.of(2012, 3, 1), on)).isEqualTo("14 年 9 个月");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats.age(LocalDate.of(2012, 3, 1), on)).isEqualTo("14 years 9 months");
        assertThat(formats.age(LocalDate.of(2025, 11, 4), on)).isEqualTo("1 year 1 month");
        assertThat(formats.age(LocalDate.of(2027, 1, 1), on)).isEqualTo("—");
    }

    @Test
    void aLongHashIsCutAndAShortOneKept() {
        assertThat(formats.shortHash("ab".repeat(32))).isEqualTo("abababababab…");
        assertThat(formats.shortHash("12c728ebbb75")).isEqualTo("12c728ebbb75");
    }
}
