package com.techladder.rules.parameter;

import tools.jackson.databind.JsonNode;
import com.techladder.rules.result.Confidence;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The parameter values in force for one assessment year, with tables parsed once. Immutable and shared by threads.
 */
public final class YearParameters {

    private final int year;
    private final Map<String, ParameterValue> values = new HashMap<>();
    private final Map<String, Object> typed = new HashMap<>();
    private final Map<String, Resolved> resolved = new HashMap<>();

    /**
     * A value in force with everything an explanation needs, looked up once per criterion: evaluating a million
     * enterprises makes even hash lookups and number formatting count.
     */
    public static final class Resolved {
        private final ParameterValue value;
        private final Object typed;
        private volatile CachedText requirement;

        Resolved(ParameterValue value, Object typed) {
            this.value = value;
            this.typed = typed;
        }

        public double number() {
            return (Double) typed;
        }

        public BandTable bands() {
            return (BandTable) typed;
        }

        public SegmentTable segments() {
            return (SegmentTable) typed;
        }

        public String text() {
            return String.valueOf(typed);
        }

        public String source() {
            return value.source();
        }

        public Confidence confidence() {
            return value.confidence();
        }

        /** The formatted requirement, computed once for the (comparison, unit) a rule always uses with this value. */
        public String requirement(Object comparisonAndUnit, java.util.function.Supplier<String> format) {
            CachedText cached = requirement;
            if (cached != null && cached.key() == comparisonAndUnit) {
                return cached.text();
            }
            String text = format.get();
            requirement = new CachedText(comparisonAndUnit, text);
            return text;
        }
    }

    YearParameters(ParameterSet set, int year) {
        this.year = year;
        for (Parameter p : set.parameters().values()) {
            p.valueFor(year).ifPresent(v -> {
                values.put(p.key(), v);
                Object t = typedValue(v.value());
                typed.put(p.key(), t);
                resolved.put(p.key(), new Resolved(v, t));
            });
        }
    }

    private static Object typedValue(JsonNode v) {
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isArray() && v.size() > 0) {
            JsonNode first = v.get(0);
            if (first.has("points")) {
                return BandTable.parse(v);
            }
            if (first.has("min_ratio")) {
                return RevenueBandTable.parse(v);
            }
            if (first.has("rate")) {
                return SegmentTable.parse(v);
            }
        }
        return v;
    }

    public int year() {
        return year;
    }

    /** Whether the parameter has a value in force this year (a rule that needs it does not apply otherwise). */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    public double number(String key) {
        return (Double) get(key);
    }

    public int integer(String key) {
        return (int) Math.round(number(key));
    }

    public String text(String key) {
        return String.valueOf(get(key));
    }

    public boolean flag(String key) {
        return has(key) && Boolean.TRUE.equals(typed.get(key));
    }

    public BandTable bands(String key) {
        return (BandTable) get(key);
    }

    public SegmentTable segments(String key) {
        return (SegmentTable) get(key);
    }

    public RevenueBandTable revenueBands(String key) {
        return (RevenueBandTable) get(key);
    }

    /** The value in force with its source and confidence, in one lookup. */
    public Resolved resolved(String key) {
        Resolved r = resolved.get(key);
        if (r == null) {
            throw new NoSuchElementException("parameter '" + key + "' has no value in force in " + year);
        }
        return r;
    }

    /** 文号 and clause of the value in force. */
    public String source(String key) {
        return value(key).source();
    }

    public Confidence confidence(String key) {
        return value(key).confidence();
    }

    private ParameterValue value(String key) {
        ParameterValue v = values.get(key);
        if (v == null) {
            throw new NoSuchElementException("parameter '" + key + "' has no value in force in " + year);
        }
        return v;
    }

    private Object get(String key) {
        value(key);
        return typed.get(key);
    }
}
