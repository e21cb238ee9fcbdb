package com.techladder.rules.parameter;

import tools.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A progressive amount table: for an amount E in the segment starting at {@code from}, the result is
 * {@code base + rate × (E − from)} (分段补助: 5% below 1000万, 50万 + 4% of the part above 1000万, …).
 */
public final class SegmentTable {

    public record Segment(double from, double base, double rate) {
    }

    private final List<Segment> segments;

    private SegmentTable(List<Segment> segments) {
        this.segments = segments.stream().sorted(Comparator.comparingDouble(Segment::from).reversed()).toList();
    }

    static SegmentTable parse(JsonNode node) {
        List<Segment> list = new ArrayList<>();
        for (JsonNode s : node) {
            list.add(new Segment(s.get("from").asDouble(), s.path("base").asDouble(0), s.get("rate").asDouble()));
        }
        return new SegmentTable(list);
    }

    public Segment segmentOf(double amount) {
        for (Segment s : segments) {
            if (amount >= s.from()) {
                return s;
            }
        }
        return segments.get(segments.size() - 1);
    }

    public double apply(double amount) {
        Segment s = segmentOf(amount);
        return s.base() + s.rate() * (amount - s.from());
    }
}
