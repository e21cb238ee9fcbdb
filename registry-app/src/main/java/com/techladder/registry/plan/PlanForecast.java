package com.techladder.registry.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Forecast of national 高企 on 31 Dec of the target year: certified today + pipeline × conversion rate − certificates
 * ending by then × non-renewal rate (each product rounded). Once the target year is over, the forecast is the count.
 *
 * @param closed the target year is over: {@code forecast} is the certified count on its 31 Dec
 * @param runId the classification run the pipeline comes from, null when none completed
 */
record PlanForecast(String periodCode, int targetYear, int targetCount, LocalDate asOf, boolean closed,
                    int certifiedNow, int pipelineEligible, int pipelineNeedsReview, int expiringByTargetYear,
                    BigDecimal conversionRate, BigDecimal nonRenewalRate, int forecast, int gapToTarget,
                    Long runId, Integer runAssessmentYear) {
}
