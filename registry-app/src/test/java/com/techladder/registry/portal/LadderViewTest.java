package com.techladder.registry.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.techladder.registry.selfcheck.SelfCheckResponse;
import com.techladder.registry.selfcheck.SelfCheckResponse.ProgrammeAnswer;
import com.techladder.rules.model.Programme;
import com.techladder.rules.model.Tier;
import com.techladder.rules.result.Outcome;

/** The ladder names a rung reached on provisional values with 暂定; a rung held by a certificate is a fact. */
class LadderViewTest {

    private static ProgrammeAnswer answer(Programme programme, Outcome outcome, boolean provisional) {
        return new ProgrammeAnswer(programme, outcome, null, null, null, null, provisional, List.of(), List.of(), null);
    }

    private static SelfCheckResponse result(Tier eligible, boolean eligibleProvisional, Tier certified) {
        return new SelfCheckResponse(2026, "test", eligible, eligibleProvisional, certified, List.of(
                answer(Programme.TECH_SME, Outcome.ELIGIBLE, true),
                answer(Programme.PROVINCIAL_HTE, Outcome.NEEDS_REVIEW, true),
                answer(Programme.NATIONAL_HTE, Outcome.NOT_ELIGIBLE, false),
                answer(Programme.LITTLE_GIANT, Outcome.NOT_ELIGIBLE, true)), List.of(), null, null);
    }

    @Test
    void aRungReachedOnProvisionalValuesIsProvisional() {
        LadderView ladder = LadderView.of(result(Tier.TECH_SME, true, Tier.NONE));
        assertThat(ladder.current()).isEqualTo(Tier.TECH_SME);
        assertThat(ladder.currentProvisional()).isTrue();
        assertThat(ladder.rungs()).extracting(LadderView.Rung::provisional).containsExactly(true, true, false);
    }

    @Test
    void aRungReachedOnConfirmedValuesIsNot() {
        assertThat(LadderView.of(result(Tier.TECH_SME, false, Tier.NONE)).currentProvisional()).isFalse();
    }

    @Test
    void aRungHeldByACertificateIsAFactWhateverTheRulesSay() {
        LadderView ladder = LadderView.of(result(Tier.TECH_SME, true, Tier.TECH_SME));
        assertThat(ladder.current()).isEqualTo(Tier.TECH_SME);
        assertThat(ladder.currentProvisional()).isFalse();
    }

    @Test
    void noRungReachedIsNothingProvisional() {
        assertThat(LadderView.of(result(Tier.NONE, false, Tier.NONE)).currentProvisional()).isFalse();
    }
}
