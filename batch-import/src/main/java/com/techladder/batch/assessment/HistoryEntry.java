package com.techladder.batch.assessment;

import com.techladder.rules.result.Assessment;
import com.techladder.rules.result.ProgrammeResult;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One run in an enterprise's assessment history ({@link Assessments#history}): the summary columns of its record.
 *
 * @param finishedAt    when the run completed
 * @param subsidyTotal  the four subsidy estimates added up, 万元
 * @param assessment    the stored result, for what the summary columns do not say: whether the eligible rung and
 *                      each outcome rest on provisional (暂定) values, and the day each was judged on
 */
public record HistoryEntry(long runId, int assessmentYear, LocalDateTime finishedAt, String rulesetVersion,
        String eligibleTier, String certifiedTier, String techSmeOutcome, Integer techSmeScore,
        String provincialHteOutcome, String nationalHteOutcome, Integer nationalHteScoreMin,
        Integer nationalHteScoreMax, String littleGiantOutcome, BigDecimal subsidyTotal, Assessment assessment) {

    public boolean eligibleTierProvisional() {
        return assessment.eligibleTierProvisional();
    }

    /** @param programme a programme's name, e.g. {@code TECH_SME} */
    public ProgrammeResult programme(String programme) {
        return assessment.programmes().stream().filter(p -> p.programme().name().equals(programme))
                .findFirst().orElseThrow();
    }
}
