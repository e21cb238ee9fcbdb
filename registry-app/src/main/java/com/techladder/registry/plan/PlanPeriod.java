package com.techladder.registry.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A plan period (e.g. “十四五”: 2020 → 2025) with its targets per scope and the forecast rates staff set for it.
 *
 * @param conversionRate share of the pipeline expected to be recognised by the target year
 * @param nonRenewalRate share of expiring certificates expected not to be re-recognised
 */
record PlanPeriod(String code, String title, int baseYear, int targetYear, String source,
                  BigDecimal conversionRate, BigDecimal nonRenewalRate, List<PlanTarget> targets) {

    PlanPeriod {
        targets = List.copyOf(targets);
    }

    Optional<PlanTarget> target(String scope) {
        return targets.stream().filter(t -> t.scope().equals(scope)).findFirst();
    }

    boolean covers(int year) {
        return year >= baseYear && year <= targetYear;
    }
}
