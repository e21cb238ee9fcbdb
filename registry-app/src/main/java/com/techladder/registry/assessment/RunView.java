package com.techladder.registry.assessment;

import com.techladder.batch.classification.ClassificationRun;
import com.techladder.rules.model.Tier;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.UnaryOperator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A run as the contract shows it ({@code runId, status, assessmentYear, rulesetVersion, startedAt, finishedAt, total,
 * processed, tierCounts}) plus its trigger, who launched it, the rate in enterprises per second and the ETA in seconds,
 * once completed how many of its enterprises had no accounting year Y−1 ({@code withoutData}, null when not
 * recorded) and whether that was most of them ({@code mostlyWithoutData}: the results are mostly 资料不足), and the
 * assessment day it judged on (null for runs made before it was stored: judged on each window's last day).
 */
record RunView(String runId, String status, int assessmentYear, String rulesetVersion, LocalDateTime startedAt,
        LocalDateTime finishedAt, int total, int processed, Map<String, Integer> tierCounts, String trigger,
        String launchedBy, double rate, Long etaSeconds, String message, Integer withoutData,
        boolean mostlyWithoutData, LocalDate assessmentDay) {

    /** @param words the run's stored message (a code, batch.text.Message) in the reader's words */
    static RunView of(ClassificationRun run, LocalDateTime now, UnaryOperator<String> words) {
        Map<String, Integer> tiers = new LinkedHashMap<>();
        for (Tier tier : Tier.values()) {
            Integer count = run.tierCounts().get(tier);
            if (count != null) {
                tiers.put(tier.name(), count);
            }
        }
        Duration eta = run.eta(now);
        return new RunView(Long.toString(run.id()), run.status().name(), run.assessmentYear(), run.rulesetVersion(),
                run.startedAt(), run.finishedAt(), run.total(), run.processed(), tiers, run.trigger().name(),
                run.launchedBy(), Math.round(run.rate(now) * 10) / 10.0, eta == null ? null : eta.toSeconds(),
                words.apply(run.message()), run.withoutData(), run.mostlyWithoutData(), run.assessmentDay());
    }
}
