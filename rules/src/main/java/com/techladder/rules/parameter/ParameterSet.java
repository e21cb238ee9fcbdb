package com.techladder.rules.parameter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import com.techladder.rules.result.Confidence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every parameter the rules use, with all its dated values. Immutable; the per-year views are cached.
 * Its canonical JSON (keys sorted, one value per line of history) is what a classification run stores for replay.
 */
public final class ParameterSet {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Parameter> parameters;
    private final Map<Integer, YearParameters> byYear = new ConcurrentHashMap<>();

    public ParameterSet(Map<String, Parameter> parameters) {
        this.parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
    }

    public Map<String, Parameter> parameters() {
        return parameters;
    }

    public Parameter parameter(String key) {
        Parameter p = parameters.get(key);
        if (p == null) {
            throw new NoSuchElementException("no parameter '" + key + "'");
        }
        return p;
    }

    /** The values in force for assessment year {@code year}. */
    public YearParameters forYear(int year) {
        return byYear.computeIfAbsent(year, y -> new YearParameters(this, y));
    }

    /** This set with one value replaced from {@code effectiveFrom} on (earlier values end the day before). */
    public ParameterSet withValue(String key, LocalDate effectiveFrom, JsonNode value, String source,
            Confidence confidence) {
        Parameter old = parameter(key);
        List<ParameterValue> values = new ArrayList<>();
        for (ParameterValue v : old.values()) {
            if (!v.effectiveFrom().isBefore(effectiveFrom)) {
                continue;
            }
            LocalDate end = v.effectiveTo() == null || !v.effectiveTo().isBefore(effectiveFrom)
                    ? effectiveFrom.minusDays(1) : v.effectiveTo();
            values.add(new ParameterValue(v.effectiveFrom(), end, v.value(), v.source(), v.confidence()));
        }
        values.add(new ParameterValue(effectiveFrom, null, value, source, confidence));
        Map<String, Parameter> copy = new TreeMap<>(parameters);
        copy.put(key, new Parameter(key, old.description(), old.unit(), values));
        return new ParameterSet(copy);
    }

    /** Canonical JSON: parameters by key, values oldest first, object fields sorted. */
    public ObjectNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        for (Parameter p : parameters.values()) {
            ObjectNode node = root.putObject(p.key());
            node.put("description", p.description());
            node.put("unit", p.unit());
            ArrayNode values = node.putArray("values");
            for (ParameterValue v : p.values()) {
                ObjectNode value = values.addObject();
                value.put("confidence", v.confidence().name().toLowerCase(Locale.ROOT));
                value.put("effective_from", v.effectiveFrom().toString());
                value.put("effective_to", v.effectiveTo() == null ? null : v.effectiveTo().toString());
                value.put("source", v.source());
                value.set("value", canonical(v.value()));
            }
        }
        return root;
    }

    public String toCanonicalJson() {
        try {
            return JSON.writeValueAsString(toJson());
        } catch (tools.jackson.core.JacksonException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads what {@link #toJson()} wrote. */
    public static ParameterSet fromJson(JsonNode root) {
        Map<String, Parameter> map = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            map.put(e.getKey(), ParameterFiles.parameter(e.getKey(), e.getValue()));
        }
        return new ParameterSet(map);
    }

    private static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            ObjectNode sorted = JsonNodeFactory.instance.objectNode();
            TreeMap<String, JsonNode> fields = new TreeMap<>();
            node.properties().forEach(f -> fields.put(f.getKey(), f.getValue()));
            fields.forEach((k, v) -> sorted.set(k, canonical(v)));
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> array.add(canonical(n)));
            return array;
        }
        if (node.isNumber()) {
            // 0.30 in YAML and 0.3 in JSON are the same value: one spelling keeps the snapshot and the version stable
            return node.canConvertToLong() && node.decimalValue().stripTrailingZeros().scale() <= 0
                    ? JsonNodeFactory.instance.numberNode(node.longValue())
                    : JsonNodeFactory.instance.numberNode(node.doubleValue());
        }
        return node;
    }
}
