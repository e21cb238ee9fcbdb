package com.techladder.registry.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How every page writes numbers, amounts, ages, times and long codes — one place, used by every template as
 * {@code ${@fmt.count(n)}}: counts with thousands separators, 万元 amounts always with two decimals, ages in years and
 * months, and {@value #NOTHING} for a value that is not there (nothing due, not known).
 */
@Component("fmt")
public class Formats {

    /** Shown for a value that is not there. */
    public static final String NOTHING = "—";
    /** Characters of a hash shown before it is cut (the whole hash stays in the element's title). */
    static final int SHORT_HASH = 12;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final MessageSource messages;

    Formats(MessageSource messages) {
        this.messages = messages;
    }

    /** 2,057 — a count of enterprises, rows, certificates. */
    public String count(Number n) {
        return n == null ? NOTHING : NumberFormat.getIntegerInstance(locale()).format(n);
    }

    /** 1,234.50 — an amount in 万元, always two decimals; the unit is the column's or the sentence's. */
    public String wan(Number amount) {
        if (amount == null) {
            return NOTHING;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount instanceof BigDecimal decimal ? decimal : new BigDecimal(amount.toString()));
    }

    /** An amount due: {@value #NOTHING} when nothing is due (null or zero), else as {@link #wan}. */
    public String due(Number amount) {
        return amount == null || new BigDecimal(amount.toString()).signum() == 0 ? NOTHING : wan(amount);
    }

    /** 24.00 万元 / 24.00 万元 in a sentence: {@value #NOTHING} when nothing is due. */
    public String dueWanYuan(Number amount) {
        String due = due(amount);
        return NOTHING.equals(due) ? NOTHING : messages.getMessage("common.wanYuan", new Object[] {due}, locale());
    }

    /**
     * A figure of the registry as its kind is written: an amount (a decimal) in 万元 with two decimals, a count with
     * separators, anything else as it is; {@value #NOTHING} when missing.
     */
    public String figure(Object value) {
        if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
            return wan((Number) value);
        }
        if (value instanceof Number number) {
            return count(number);
        }
        return orNothing(value);
    }

    /** 8 年 3 个月 / 8 years 3 months: the age on {@code on} of what began on {@code since}. */
    public String age(LocalDate since, LocalDate on) {
        if (since == null || on == null || on.isBefore(since)) {
            return NOTHING;
        }
        Period age = Period.between(since, on);
        return messages.getMessage("format.age", new Object[] {age.getYears(), age.getMonths()}, locale());
    }

    /** The age today. */
    public String age(LocalDate since) {
        return age(since, LocalDate.now());
    }

    /** 2026-12-05 02:00:00. */
    public String dateTime(LocalDateTime time) {
        return time == null ? NOTHING : DATE_TIME.format(time);
    }

    /** 2026-12-05. */
    public String date(Temporal date) {
        return date == null ? NOTHING : DATE.format(date);
    }

    /** The first characters of a hash or rule-set version, enough to tell two apart; the page keeps the whole in a title. */
    public String shortHash(String hash) {
        if (hash == null || hash.isBlank()) {
            return NOTHING;
        }
        return hash.length() <= SHORT_HASH ? hash : hash.substring(0, SHORT_HASH) + "…";
    }

    /** Any value, or {@value #NOTHING} when there is none. */
    public String orNothing(Object value) {
        return value == null || value.toString().isBlank() ? NOTHING : value.toString();
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
