package com.techladder.rules.parameter;

import tools.jackson.databind.JsonNode;
import com.techladder.rules.result.Confidence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies a draft's changes to the parameters in force. A new value takes over from its first day: an earlier value
 * still running then ends the day before, and when the new value itself ends, what was in force after that day goes on
 * (a temporary measure). Every problem is named with the key and the change's position (its "line" in the draft).
 */
public final class ParameterChanges {

    /** The set the changes would put in force (the current set where a change could not be applied), and the problems. */
    public record Applied(ParameterSet set, List<ParameterProblem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private ParameterChanges() {
    }

    public static Applied apply(ParameterSet current, List<ParameterChange> changes) {
        List<ParameterProblem> problems = new ArrayList<>();
        Map<String, Parameter> parameters = new TreeMap<>(current.parameters());
        Map<String, Integer> lineOf = new HashMap<>();
        if (changes.isEmpty()) {
            problems.add(new ParameterProblem(null, 0, null, "changes-missing", List.of()));
        }
        for (int i = 0; i < changes.size(); i++) {
            ParameterChange change = changes.get(i);
            int line = i + 1;
            Parameter old = change.key() == null ? null : parameters.get(change.key().trim());
            if (old == null) {
                problems.add(new ParameterProblem(null, line, change.key(), "key-unknown", List.of()));
                continue;
            }
            ParameterValue value = value(change, old, line, problems);
            if (value != null) {
                parameters.put(old.key(), withValue(old, value));
                lineOf.put(old.key(), line);
            }
        }
        Map<String, Parameter> changed = new LinkedHashMap<>();
        lineOf.keySet().forEach(key -> changed.put(key, parameters.get(key)));
        problems.addAll(ParameterChecks.check(changed.values(), new ParameterChecks.Places() {
            @Override
            public String file(String key) {
                return null;
            }

            @Override
            public int line(String key, LocalDate effectiveFrom) {
                return lineOf.getOrDefault(key, 0);
            }
        }));
        problems.sort(Comparator.comparingInt(ParameterProblem::line));
        return new Applied(new ParameterSet(parameters), problems);
    }

    private static ParameterValue value(ParameterChange change, Parameter old, int line, List<ParameterProblem> problems) {
        int before = problems.size();
        LocalDate from = ParameterYaml.date(change.effectiveFrom());
        if (from == null) {
            problems.add(new ParameterProblem(null, line, old.key(), "date-invalid",
                    List.of("effective_from", String.valueOf(change.effectiveFrom()))));
        }
        LocalDate to = null;
        if (change.effectiveTo() != null && !change.effectiveTo().isBlank()) {
            to = ParameterYaml.date(change.effectiveTo());
            if (to == null) {
                problems.add(new ParameterProblem(null, line, old.key(), "date-invalid",
                        List.of("effective_to", change.effectiveTo())));
            } else if (from != null && to.isBefore(from)) {
                problems.add(new ParameterProblem(null, line, old.key(), "period-reversed",
                        List.of(from.toString(), to.toString())));
            }
        }
        JsonNode value = change.value();
        JsonNode kind = old.values().get(old.values().size() - 1).value();
        if (value == null || value.isNull() || value.isMissingNode()) {
            problems.add(new ParameterProblem(null, line, old.key(), "value-missing", List.of()));
        } else if (value.getNodeType() != kind.getNodeType()) {
            problems.add(new ParameterProblem(null, line, old.key(), "value-kind",
                    List.of(kind.getNodeType().name().toLowerCase(java.util.Locale.ROOT))));
        }
        if (change.source() == null || change.source().isBlank()) {
            problems.add(new ParameterProblem(null, line, old.key(), "source-missing",
                    List.of(String.valueOf(change.effectiveFrom()))));
        }
        Confidence confidence = ParameterYaml.confidence(change.confidence());
        if (confidence == null) {
            problems.add(new ParameterProblem(null, line, old.key(), "confidence-invalid",
                    List.of(String.valueOf(change.confidence()))));
        }
        return problems.size() > before ? null : new ParameterValue(from, to, value, change.source().trim(), confidence);
    }

    /**
     * {@code old} with {@code value} in force over its period; values before and after it are kept, cut to fit. Only
     * the value in force the day before is ended: an older open-ended one was already superseded by it.
     */
    static Parameter withValue(Parameter old, ParameterValue value) {
        ParameterValue last = null;
        for (ParameterValue v : old.values()) {
            if (v.effectiveFrom().isBefore(value.effectiveFrom())) {
                last = v;
            }
        }
        LocalDate end = value.effectiveTo();
        List<ParameterValue> values = new ArrayList<>();
        for (ParameterValue v : old.values()) {
            boolean runsPastEnd = end != null && (v.effectiveTo() == null || v.effectiveTo().isAfter(end));
            if (v == last && (v.effectiveTo() == null || !v.effectiveTo().isBefore(value.effectiveFrom()))) {
                values.add(new ParameterValue(v.effectiveFrom(), value.effectiveFrom().minusDays(1), v.value(), v.source(),
                        v.confidence()));
                if (runsPastEnd && old.values().stream().noneMatch(w -> w.effectiveFrom().isAfter(value.effectiveFrom()))) {
                    values.add(new ParameterValue(end.plusDays(1), v.effectiveTo(), v.value(), v.source(), v.confidence()));
                }
            } else if (v.effectiveFrom().isBefore(value.effectiveFrom()) || (end != null && v.effectiveFrom().isAfter(end))) {
                values.add(v);
            } else if (runsPastEnd) {
                values.add(new ParameterValue(end.plusDays(1), v.effectiveTo(), v.value(), v.source(), v.confidence()));
            }
        }
        values.add(value);
        return new Parameter(old.key(), old.description(), old.unit(), values);
    }
}
