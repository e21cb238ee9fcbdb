package com.techladder.registry.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The yearly target path of one scope: geometric (constant growth rate) between the base and the target, and between
 * any years whose value was set explicitly — an explicit year becomes an anchor the path runs through, so a revised
 * mid-term target bends the rest of the path instead of leaving a step.
 */
final class Trajectory {

    private final NavigableMap<Integer, Integer> anchors;

    Trajectory(int baseYear, int baseCount, int targetYear, int targetCount, Map<Integer, Integer> explicitYears) {
        if (targetYear <= baseYear) {
            throw new IllegalArgumentException("target year must be after base year");
        }
        anchors = new TreeMap<>();
        explicitYears.forEach((year, count) -> {
            if (year > baseYear && year < targetYear) {
                anchors.put(year, count);
            }
        });
        anchors.put(baseYear, baseCount);
        anchors.put(targetYear, targetCount);
    }

    /** The target for {@code year}, rounded to whole enterprises; the base count for the base year. */
    int targetFor(int year) {
        if (year < anchors.firstKey() || year > anchors.lastKey()) {
            throw new IllegalArgumentException("year " + year + " is outside the plan period");
        }
        Map.Entry<Integer, Integer> from = anchors.floorEntry(year);
        if (from.getKey() == year) {
            return from.getValue();
        }
        Map.Entry<Integer, Integer> to = anchors.higherEntry(year);
        double share = (double) (year - from.getKey()) / (to.getKey() - from.getKey());
        if (from.getValue() <= 0) {
            // no growth rate exists from zero: fall back to a straight line
            return (int) Math.round(from.getValue() + share * (to.getValue() - from.getValue()));
        }
        double ratio = (double) to.getValue() / from.getValue();
        return (int) Math.round(from.getValue() * Math.pow(ratio, share));
    }

    /** Every year of the period, base year first. */
    Map<Integer, Integer> byYear() {
        Map<Integer, Integer> years = new LinkedHashMap<>();
        for (int y = anchors.firstKey(); y <= anchors.lastKey(); y++) {
            years.put(y, targetFor(y));
        }
        return Collections.unmodifiableMap(years);
    }
}
