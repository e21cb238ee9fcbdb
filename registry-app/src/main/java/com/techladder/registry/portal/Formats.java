package com.techladder.registry.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import com.techladder.rules.identity.FuzhouDivision;

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

    /** Scopes that are not a district: the whole city, 福州高新区, and a record without a known district. */
    public static final String CITY = "CITY";
    public static final String HITECH_ZONE = "HITECH_ZONE";
    public static final String UNKNOWN_DIVISION = "UNKNOWN";

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

    /**
     * 鼓楼区 / Gulou: the name of a district (its GB/T 2260 code), of {@code CITY} (全市) or {@code HITECH_ZONE}
     * (福州高新区); 未知区县 for none. The one place district names are said: pages, exports and charts alike.
     */
    public String division(String code) {
        return division(code, locale());
    }

    /** {@link #division(String)} in a given language (an export's). */
    public String division(String code, Locale locale) {
        return messages.getMessage(divisionKey(code), null, code, locale);
    }

    /** Every district's name, by code, with {@code CITY}, {@code HITECH_ZONE} and {@code UNKNOWN}: a chart's labels. */
    public Map<String, String> divisionNames() {
        Map<String, String> names = new LinkedHashMap<>();
        Stream.concat(Arrays.stream(FuzhouDivision.values()).map(FuzhouDivision::code),
                Stream.of(CITY, HITECH_ZONE, UNKNOWN_DIVISION)).forEach(code -> names.put(code, division(code)));
        return names;
    }

    /** The bundle key of a district's name ({@code division.350102}); a missing code is {@code division.UNKNOWN}. */
    public static String divisionKey(String code) {
        return "division." + (code == null || code.isBlank() ? UNKNOWN_DIVISION : code.strip());
    }

    /** 电子信息 / Electronic information: a technology field by its number; 未填报技术领域 for none. */
    public String techField(String number) {
        return messages.getMessage(techFieldKey(number), null, number, locale());
    }

    /** The bundle key of a technology field's name ({@code techField.1}); a missing one is {@code techField.UNKNOWN}. */
    public static String techFieldKey(String number) {
        return "techField." + (number == null || number.isBlank() ? UNKNOWN_DIVISION : number.strip());
    }

    /** Any value, or {@value #NOTHING} when there is none. */
    public String orNothing(Object value) {
        return value == null || value.toString().isBlank() ? NOTHING : value.toString();
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
