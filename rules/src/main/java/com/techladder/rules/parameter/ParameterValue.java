package com.techladder.rules.parameter;

import tools.jackson.databind.JsonNode;
import com.techladder.rules.result.Confidence;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated value of a parameter, with the clause it comes from.
 *
 * @param effectiveFrom first day the value applies
 * @param effectiveTo   last day it applies, or null while in force
 * @param value         a number, a text, a boolean or a table (bands, segments)
 * @param source        文号 and clause, e.g. 国科发政〔2017〕115号 附件 一、科技人员指标
 * @param confidence    ✅ confirmed / 🟡 secondary / ❓ provisional (docs/policy/README.md)
 */
public record ParameterValue(LocalDate effectiveFrom, LocalDate effectiveTo, JsonNode value, String source,
        Confidence confidence) {

    public ParameterValue {
        Objects.requireNonNull(effectiveFrom, "effective_from");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(confidence, "confidence");
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("effective_to " + effectiveTo + " is before effective_from " + effectiveFrom);
        }
    }

    /** In force at some time during calendar year {@code year}. */
    boolean appliesIn(int year) {
        return effectiveFrom.getYear() <= year && (effectiveTo == null || effectiveTo.getYear() >= year);
    }
}
