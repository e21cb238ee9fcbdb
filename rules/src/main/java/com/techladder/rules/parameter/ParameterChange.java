package com.techladder.rules.parameter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One new dated value a draft proposes for an existing parameter, as typed (texts, so that what is wrong with it can be
 * named rather than refused by a parser).
 *
 * @param key           e.g. {@code tech_sme.max_employees}
 * @param effectiveFrom first day, ISO date, required
 * @param effectiveTo   last day, ISO date, or null/blank while in force
 * @param value         a number, text, boolean or table, of the kind the parameter already has; decimals kept as
 *                      written ({@link ExactNumbers})
 * @param source        文号 and clause, required
 * @param confidence    confirmed, secondary or provisional, required
 */
public record ParameterChange(String key, String effectiveFrom, String effectiveTo,
        @JsonDeserialize(using = ExactNumbers.class) JsonNode value, String source, String confidence) {
}
