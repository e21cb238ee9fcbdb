package com.techladder.registry.assessment;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import com.techladder.registry.portal.Formats;

/**
 * The results export in words, in one language: each column's header ({@code export.results.*}), districts by name,
 * tiers and outcomes by name, yes/no in words. Amounts and scores stay numbers (the cell formats them).
 */
final class ResultWords {

    /** The 万元 columns: written with two decimals. */
    static final List<String> AMOUNTS = List.of("rd_segmented_grant", "rd_growth_grant", "little_giant_reward",
            "hte_recognition_reward");
    private static final List<String> TIERS = List.of("certified_tier", "eligible_tier");

    private final MessageSource messages;
    private final Locale locale;

    ResultWords(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String header(String column) {
        return messages.getMessage("export.results." + column, null, column, locale);
    }

    String sheetName() {
        return messages.getMessage("export.results.sheet", null, "results", locale);
    }

    /** The value of column {@code index} as staff read it. */
    Object value(int index, Object value) {
        String column = ResultsExport.COLUMNS.get(index);
        if (value == null) {
            return null;
        }
        if (column.equals("district")) {
            return messages.getMessage(Formats.divisionKey(value.toString()), null, value.toString(), locale);
        }
        if (TIERS.contains(column)) {
            return word("tier." + value);
        }
        if (column.endsWith("_outcome")) {
            return word("outcome." + value);
        }
        if (value instanceof Boolean yes) {
            return word(yes ? "common.yes" : "common.no");
        }
        return value;
    }

    private String word(String key) {
        return messages.getMessage(key, null, key, locale);
    }
}
