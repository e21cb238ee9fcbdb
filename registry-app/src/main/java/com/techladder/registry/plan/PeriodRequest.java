package com.techladder.registry.plan;

import java.math.BigDecimal;
import java.util.List;

/** A new plan period, e.g. “十五五” 2025 → 2030, with its targets (a CITY target at least). */
record PeriodRequest(String code, String title, Integer baseYear, Integer targetYear, String source,
                     BigDecimal conversionRate, BigDecimal nonRenewalRate, List<TargetRequest> targets) {
}
