package com.techladder.batch.classification;

import com.techladder.rules.model.Tier;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;

/**
 * A row of {@code classification_run}: which rules and parameter values a run used, who launched it, how far it got.
 *
 * @param tierCounts enterprises per eligible tier, known once the run has completed (empty before)
 * @param withoutData enterprises of the completed run with no accounting year Y−1 (so at 资料不足); null before it
 *     completed, and for runs completed before this was recorded
 * @param assessmentDay the day the run assessed on (its launch day), kept for replay; null for runs made before it was
 *                      stored, which are judged on each evaluation window's last day
 */
public record ClassificationRun(
        long id,
        int assessmentYear,
        RunStatus status,
        RunTrigger trigger,
        String rulesetVersion,
        String parameterSnapshot,
        String launchedBy,
        LocalDateTime startedAt,
        LocalDateTime finishedAt,
        int total,
        int processed,
        Map<Tier, Integer> tierCounts,
        String message,
        Integer withoutData,
        LocalDate assessmentDay) {

    public ClassificationRun {
        tierCounts = tierCounts.isEmpty() ? Map.of() : new EnumMap<>(tierCounts);
    }

    /** Most of the run's enterprises had no figures for its year (see {@link DataCoverage#mostlyWithoutData}). */
    public boolean mostlyWithoutData() {
        return withoutData != null && DataCoverage.isMostly(withoutData, total);
    }

    /** Enterprises per second since the start (until the end once finished); 0 before the first chunk. */
    public double rate(LocalDateTime now) {
        LocalDateTime end = finishedAt != null ? finishedAt : now;
        long millis = Duration.between(startedAt, end).toMillis();
        return millis <= 0 ? 0 : processed * 1000.0 / millis;
    }

    /** Estimated time to completion at the current rate; null when finished or not yet measurable. */
    public Duration eta(LocalDateTime now) {
        double rate = rate(now);
        if (status != RunStatus.STARTED || rate <= 0) {
            return null;
        }
        return Duration.ofMillis(Math.round(Math.max(0, total - processed) * 1000.0 / rate));
    }
}
