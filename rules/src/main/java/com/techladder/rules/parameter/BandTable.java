package com.techladder.rules.parameter;

import com.techladder.rules.text.Names;
import tools.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A point table: bands from best to worst, each reached {@code at_least} (≥) or {@code above} (>) a threshold, worth a
 * fixed number of points or, where the official table gives a span an expert picks from, [min, max] points.
 */
public final class BandTable {

    /** One band, e.g. B = [25%, 30%) → 16 points. Texts shown with it are built once, not per enterprise. */
    public static final class Band {
        private final String label;
        private final double threshold;
        private final boolean strict;
        private final int pointsMin;
        private final int pointsMax;
        private final String points;
        private final String shownAfterValue;
        private volatile CachedText requirement;

        Band(String label, double threshold, boolean strict, int pointsMin, int pointsMax) {
            this.label = label;
            this.threshold = threshold;
            this.strict = strict;
            this.pointsMin = pointsMin;
            this.pointsMax = pointsMax;
            this.points = pointsMin == pointsMax ? String.valueOf(pointsMin) : pointsMin + "–" + pointsMax;
            this.shownAfterValue = Texts.BAND.replace("{label}", label)
                    + (pointsMin == pointsMax ? "" : span(points));
        }

        boolean admits(double x) {
            return strict ? x > threshold + TOLERANCE : x >= threshold - TOLERANCE;
        }

        public String label() {
            return label;
        }

        public double threshold() {
            return threshold;
        }

        public int pointsMin() {
            return pointsMin;
        }

        public int pointsMax() {
            return pointsMax;
        }

        /** "16" or "25–30". */
        public String points() {
            return points;
        }

        /** " (B 档)" or " (A 档) [25–30 分]", shown after the enterprise's value. */
        public String shownAfterValue() {
            return shownAfterValue;
        }

        /**
         * "≥ 30% 得 20 分": what reaching this band takes, with {@code format} for the threshold; cached for the
         * {@code key} (the unit) a rule always shows this band in.
         */
        public String requirement(Object key, java.util.function.DoubleFunction<String> format) {
            CachedText cached = requirement;
            if (cached != null && cached.key() == key) {
                return cached.text();
            }
            String text = (strict ? "> " : "≥ ")
                    + Texts.REQUIREMENT.replace("{threshold}", format.apply(threshold)).replace("{points}", points);
            requirement = new CachedText(key, text);
            return text;
        }
    }

    /** A span of points not yet settled (left to experts), shown after a value: " [25–30 分]". */
    public static String span(String points) {
        return Texts.SPAN.replace("{points}", points);
    }

    /** The band texts (zh-CN, as results hold them): texts/names.yaml, "bands". Read when the first table is parsed. */
    private static final class Texts {
        static final String BAND = Names.text("bands", "band", "zh");
        static final String SPAN = Names.text("bands", "span", "zh");
        static final String REQUIREMENT = Names.text("bands", "requirement", "zh");
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
