package com.techladder.rules.parameter;

import tools.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A required ratio chosen by the size of revenue, e.g. 高企 R&D intensity: revenue ≤ 5000万(含) → 5%, ≤ 2亿(含) → 4%,
 * above → 3%. The last band has no upper limit.
 */
public final class RevenueBandTable {

    public record RevenueBand(Double revenueUpTo, double minRatio) {
    }

    private final List<RevenueBand> bands;

    private RevenueBandTable(List<RevenueBand> bands) {
        this.bands = bands.stream()
                .sorted(Comparator.comparingDouble(b -> b.revenueUpTo() == null ? Double.MAX_VALUE : b.revenueUpTo()))
                .toList();
    }

    static RevenueBandTable parse(JsonNode node) {
        List<RevenueBand> list = new ArrayList<>();
        for (JsonNode b : node) {
            Double upTo = b.hasNonNull("revenue_up_to") ? b.get("revenue_up_to").asDouble() : null;
            list.add(new RevenueBand(upTo, b.get("min_ratio").asDouble()));
        }
        return new RevenueBandTable(list);
    }

    public RevenueBand bandFor(double revenue) {
        for (RevenueBand b : bands) {
            if (b.revenueUpTo() == null || revenue <= b.revenueUpTo()) {
                return b;
            }
        }
        return bands.get(bands.size() - 1);
    }
}
