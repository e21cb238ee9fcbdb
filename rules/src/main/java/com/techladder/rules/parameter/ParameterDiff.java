package com.techladder.rules.parameter;

import tools.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** What changed between two parameter sets: per parameter, the dated values only one of them has. */
public final class ParameterDiff {

    /**
     * One parameter that differs.
     *
     * @param added   values of the later set the earlier lacks (new, or cut to a new period)
     * @param removed values of the earlier set the later lacks
     */
    public record Change(String key, String description, String unit, List<ParameterValue> added,
            List<ParameterValue> removed) {

        /** The new value that starts last: what a reader looks for first. */
        public ParameterValue latest() {
            return added.isEmpty() ? null : added.get(added.size() - 1);
        }
    }

    private ParameterDiff() {
    }

    public static List<Change> between(ParameterSet before, ParameterSet after) {
        List<Change> changes = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(before.parameters().keySet());
        keys.addAll(after.parameters().keySet());
        for (String key : keys) {
            Parameter was = before.parameters().get(key);
            Parameter is = after.parameters().get(key);
            List<ParameterValue> old = was == null ? List.of() : was.values();
            List<ParameterValue> now = is == null ? List.of() : is.values();
            List<ParameterValue> added = now.stream().filter(v -> old.stream().noneMatch(o -> same(o, v))).toList();
            List<ParameterValue> removed = old.stream().filter(v -> now.stream().noneMatch(o -> same(o, v))).toList();
            if (!added.isEmpty() || !removed.isEmpty()) {
                Parameter any = is == null ? was : is;
                changes.add(new Change(key, any.description(), any.unit(), added, removed));
            }
        }
        return changes;
    }

    /** Equal values, whatever number type the reader chose (YAML and JSON read 0.30 and 800 differently). */
    static boolean same(ParameterValue a, ParameterValue b) {
        return a.effectiveFrom().equals(b.effectiveFrom()) && Objects.equals(a.effectiveTo(), b.effectiveTo())
                && a.source().equals(b.source()) && a.confidence() == b.confidence() && text(a.value()).equals(text(b.value()));
    }

    /** A value's text with numbers spelled one way. */
    public static String text(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue().stripTrailingZeros().toPlainString();
        }
        if (node.isString()) {
            return node.asString();
        }
        if (node.isObject()) {
            List<String> fields = new ArrayList<>();
            for (Map.Entry<String, JsonNode> f : node.properties()) {
                fields.add(f.getKey() + ": " + text(f.getValue()));
            }
            return "{" + String.join(", ", fields) + "}";
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(n -> items.add(text(n)));
            return "[" + String.join(", ", items) + "]";
        }
        return node.toString();
    }
}
