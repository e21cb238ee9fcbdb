package com.techladder.batch.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.rules.model.Programme;
import com.techladder.rules.result.Confidence;
import com.techladder.rules.result.CriterionResult;
import com.techladder.rules.result.CriterionStatus;
import com.techladder.rules.result.Outcome;
import com.techladder.rules.result.ProgrammeResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which criterion made the difference between two results of one programme. */
class SimulationTallyTest {

    @Test
    void aCriterionWhoseResultDiffersComesFirstEvenAfterOneWhoseLimitOrPointsDiffer() {
        ProgrammeResult before = result(Outcome.ELIGIBLE, c("A", "≥ 10%", CriterionStatus.MET, 5),
                c("B", "≥ 1", CriterionStatus.MET, null), c("C", "≥ 3%", CriterionStatus.MET, null));
        ProgrammeResult after = result(Outcome.NOT_ELIGIBLE, c("A", "≥ 10%", CriterionStatus.MET, 3),
                c("B", "≥ 5", CriterionStatus.MET, null), c("C", "≥ 5%", CriterionStatus.NOT_MET, null));

        assertThat(SimulationTally.decisiveCriterion(before, after).id()).isEqualTo("C");
    }

    @Test
    void withEveryResultAlikeChangedPointsComeBeforeAChangedLimit() {
        ProgrammeResult before = result(Outcome.ELIGIBLE, c("A", "≥ 1", CriterionStatus.MET, null),
                c("B", "≥ 10%", CriterionStatus.MET, 20));
        ProgrammeResult after = result(Outcome.NOT_ELIGIBLE, c("A", "≥ 2", CriterionStatus.MET, null),
                c("B", "≥ 10%", CriterionStatus.MET, 10));

        assertThat(SimulationTally.decisiveCriterion(before, after).id()).isEqualTo("B");
    }

    @Test
    void aCriterionCheckedUnderOneSideOnlyIsNamedWhenNothingElseDiffers() {
        ProgrammeResult before = result(Outcome.ELIGIBLE, c("A", "≥ 1", CriterionStatus.MET, null));
        ProgrammeResult after = result(Outcome.NOT_ELIGIBLE, c("A", "≥ 1", CriterionStatus.MET, null),
                c("NEW", "无", CriterionStatus.NOT_MET, null));

        assertThat(SimulationTally.decisiveCriterion(before, after).id()).isEqualTo("NEW");
        assertThat(SimulationTally.decisiveCriterion(before, before)).isNull();
    }

    private static ProgrammeResult result(Outcome outcome, CriterionResult... criteria) {
        return new ProgrammeResult(Programme.NATIONAL_HTE, outcome, null, null, null, null, false, List.of(criteria),
                List.of());
    }

    private static CriterionResult c(String id, String required, CriterionStatus status, Integer points) {
        return new CriterionResult(id, "文号", "说明 " + id, "about " + id, "1", required, status, points,
                points == null ? null : 30, Confidence.CONFIRMED);
    }
}
