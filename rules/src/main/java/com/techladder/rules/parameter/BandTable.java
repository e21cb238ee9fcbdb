package com.techladder.rules.parameter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A point table: bands from best to worst, each reached {@code at_least} (≥) or {@code above} (>) a threshold, worth a
 * fixed number of points or, where the official table gives a span an expert picks from, [min, max] points.
 */
public final class BandTable {

    /** One band, e.g. B = [25%, 30%) → 16 points. */
    public record Band(String label, double threshold, boolean strict, int pointsMin, int pointsMax) {

        boolean admits(double x) {
            return strict ? x > threshold + TOLERANCE : x >= threshold - TOLERANCE;
        }

        /** "≥ 30%" or "> 0" as the requirement to reach this band, with {@code format} for the threshold. */
        public String requirement(java.util.function.DoubleFunction<String> format) {
            return (strict ? "> " : "≥ ") + format.apply(threshold);
        }

        public String points() {
            return pointsMin == pointsMax ? String.valueOf(pointsMin) : pointsMin + "–" + pointsMax;
        }
    }

    /**
     * Ratios computed in binary floating point land a hair off a boundary they exactly meet ((1 + 1.3) / 2 − 1 is
     * 0.1499999…); figures carry at most 4 decimals, so anything this close counts as on the boundary.
     */
    static final double TOLERANCE = 1e-9;

    private static final Band NOTHING = new Band("—", Double.NEGATIVE_INFINITY, false, 0, 0);

    private final List<Band> bands;

    private BandTable(List<Band> bands) {
        this.bands = bands.stream()
                .sorted(Comparator.comparingDouble(Band::threshold).reversed())
                .toList();
    }

    static BandTable parse(JsonNode node) {
        List<Band> list = new ArrayList<>();
        for (JsonNode b : node) {
            boolean strict = b.has("above");
            double threshold = (strict ? b.get("above") : b.get("at_least")).asDouble();
            JsonNode points = b.get("points");
            int min = points.isArray() ? points.get(0).asInt() : points.asInt();
            int max = points.isArray() ? points.get(1).asInt() : points.asInt();
            list.add(new Band(b.path("band").asText("—"), threshold, strict, min, max));
        }
        return new BandTable(list);
    }

    /** The band {@code x} falls in; a value below every band earns nothing. */
    public Band bandOf(double x) {
        for (Band b : bands) {
            if (b.admits(x)) {
                return b;
            }
        }
        return NOTHING;
    }

    /** The next better band than the one {@code x} falls in, or null at the top. */
    public Band nextAbove(double x) {
        Band previous = null;
        for (Band b : bands) {
            if (b.admits(x)) {
                return previous;
            }
            previous = b;
        }
        return previous;
    }

    public Band best() {
        return bands.get(0);
    }

    public int maxPoints() {
        return bands.get(0).pointsMax();
    }
}
