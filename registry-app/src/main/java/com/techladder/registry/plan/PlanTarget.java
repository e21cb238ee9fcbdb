package com.techladder.registry.plan;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The target of one scope in a plan period.
 *
 * @param assumption true when the figure is not from an official text (暂定), e.g. the per-district split
 * @param explicitYears yearly values set explicitly, anchors of the trajectory
 */
record PlanTarget(String scope, int baseCount, int targetCount, boolean assumption, String note,
                  Map<Integer, Integer> explicitYears) {

    PlanTarget {
        explicitYears = Map.copyOf(explicitYears);
    }

    /** "2023=3000, 2024=3500": the explicit yearly values in the notation of the targets form. */
    public String explicitYearsText() {
        return new TreeMap<>(explicitYears).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    Trajectory trajectory(int baseYear, int targetYear) {
        return new Trajectory(baseYear, baseCount, targetYear, targetCount, explicitYears);
    }
}
