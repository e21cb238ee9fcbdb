package com.techladder.rules.parameter;

import tools.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What a parameter's history must satisfy before it can be put in force: no two values for one day, no day without a
 * value between its first and its last (a measure may end, but not pause), a source for every value, rates in [0, 1],
 * caps and amounts not below zero. Values that take effect later supersede an open-ended earlier one, as the shipped
 * files do ({@link Parameter#valueFor}); only an explicit {@code effective_to} reaching into the next value overlaps.
 */
public final class ParameterChecks {

    /** Where a parameter value is written, for naming a problem by its line. */
    public interface Places {
        String file(String key);

        int line(String key, LocalDate effectiveFrom);
    }

    /** The unit of a share: its numbers lie in [0, 1]. */
    static final String RATIO = "比例";
    /** The unit of money: amounts are never negative. */
    static final String TEN_THOUSAND_YUAN = "万元";

    private ParameterChecks() {
    }

    /** Every problem of the given parameters; empty when they may be put in force. */
    public static List<ParameterProblem> check(Collection<Parameter> parameters, Places places) {
        List<ParameterProblem> problems = new ArrayList<>();
        for (Parameter p : parameters) {
            ParameterValue previous = null;
            for (ParameterValue v : p.values()) {
                Problems at = (code, args) -> problems.add(new ParameterProblem(places.file(p.key()),
                        places.line(p.key(), v.effectiveFrom()), p.key(), code, List.of(args)));
                if (previous != null) {
                    periods(previous, v, at);
                }
                if (v.source().isBlank()) {
                    at.add("source-missing", v.effectiveFrom().toString());
                }
                amounts(p, v.value(), at);
                previous = v;
            }
        }
        return problems;
    }

    private static void periods(ParameterValue earlier, ParameterValue later, Problems at) {
        boolean sameStart = earlier.effectiveFrom().equals(later.effectiveFrom());
        if (sameStart || (earlier.effectiveTo() != null && !earlier.effectiveTo().isBefore(later.effectiveFrom()))) {
            at.add("overlap", earlier.effectiveFrom().toString(),
                    String.valueOf(earlier.effectiveTo() == null ? "" : earlier.effectiveTo()), later.effectiveFrom().toString());
        } else if (earlier.effectiveTo() != null && earlier.effectiveTo().plusDays(1).isBefore(later.effectiveFrom())) {
            at.add("gap", earlier.effectiveTo().plusDays(1).toString(), later.effectiveFrom().minusDays(1).toString());
        }
    }

    private static void amounts(Parameter p, JsonNode value, Problems at) {
        String name = p.key().substring(p.key().lastIndexOf('.') + 1);
        if (value.isNumber()) {
            double number = value.doubleValue();
            if ((RATIO.equals(p.unit()) || name.endsWith("rate")) && (number < 0 || number > 1)) {
                at.add("rate-range", value.asString());
            } else if ((TEN_THOUSAND_YUAN.equals(p.unit()) || name.endsWith("cap")) && number < 0) {
                at.add("cap-negative", value.asString());
            }
        }
        if (value.isArray()) {
            for (JsonNode row : value) {
                JsonNode rate = row.path("rate");
                if (rate.isNumber() && (rate.doubleValue() < 0 || rate.doubleValue() > 1)) {
                    at.add("rate-range", rate.asString());
                }
            }
        }
    }

    @FunctionalInterface
    private interface Problems {
        void add(String code, String... args);
    }
}
