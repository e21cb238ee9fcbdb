package com.techladder.rules.parameter;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A legal parameter (threshold, band table, rate, amount) and its history of dated values.
 *
 * @param key         {@code <file prefix>.<name>}, e.g. {@code tech_sme.max_employees}
 * @param description what it is, zh-CN
 * @param unit        万元, 人, 比例, 分 …; may be empty
 */
public record Parameter(String key, String description, String unit, List<ParameterValue> values) {

    public Parameter {
        values = values.stream().sorted(Comparator.comparing(ParameterValue::effectiveFrom)).toList();
        unit = unit == null ? "" : unit;
    }

    /**
     * The value for assessment year {@code year}: among values in force at some time during that year, the one that took
     * effect last. So a measure dated 2025-09-25 already governs assessment year 2025.
     */
    public Optional<ParameterValue> valueFor(int year) {
        ParameterValue chosen = null;
        for (ParameterValue v : values) {
            if (v.appliesIn(year)) {
                chosen = v;
            }
        }
        return Optional.ofNullable(chosen);
    }
}
