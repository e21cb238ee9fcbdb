package com.techladder.batch.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of replaying a run: every stored input re-evaluated under the run's own rules and parameters.
 *
 * @param replayedWith the ruleset version of the engine rebuilt from the run's parameter snapshot
 * @param compared     records re-evaluated
 * @param identical    records whose new result equals the stored one exactly (JSON text)
 * @param differences  the records that differ (at most {@link RunReplay#MAX_LISTED}); there must be none
 * @param assessmentDay the run's stored assessment day, on which the replay judged too; null for a run made before
 *                      it was stored
 * @param referenceDayBasis {@code ASSESSMENT_DAY} (the stored day, clamped into each evaluation window) or
 *                      {@code WINDOW_LAST_DAY} (no day stored: each window's last day, as the run itself did)
 * @param eligibleTierProvisional replayed records whose eligible tier rests on provisional (暂定) values
 */
public record ReplayReport(String runId, String rulesetVersion, String replayedWith, int compared, int identical,
        int differing, List<Difference> differences, LocalDate assessmentDay, String referenceDayBasis,
        int eligibleTierProvisional) {

    /**
     * @param what {@code RESULT} (the re-evaluation gave another result) or {@code INPUT_HASH} (the stored inputs no
     *             longer match their hash)
     */
    public record Difference(String uscc, String what) {
    }

    public boolean reproduced() {
        return differing == 0;
    }
}
