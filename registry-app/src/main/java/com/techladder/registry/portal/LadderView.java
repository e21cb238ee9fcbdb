package com.techladder.registry.portal;

import java.util.ArrayList;
import java.util.List;

import com.techladder.registry.selfcheck.SelfCheckResponse;
import com.techladder.registry.selfcheck.SelfCheckResponse.ProgrammeAnswer;
import com.techladder.rules.model.Programme;
import com.techladder.rules.model.Tier;
import com.techladder.rules.result.Outcome;

/**
 * The ladder as the result page draws it: the three rungs bottom-up, which one the enterprise holds a certificate for,
 * which ones it is eligible for, and the next rung to aim at (the lowest one above both).
 *
 * @param current            the highest rung held or reached
 * @param currentProvisional that rung is reached (not held) on provisional values: it is named with 暂定
 * @param next               the rung to aim at next, or null at the top
 */
public record LadderView(List<Rung> rungs, Tier current, boolean currentProvisional, Tier next) {

    private static final List<Tier> BOTTOM_UP = List.of(Tier.TECH_SME, Tier.PROVINCIAL_HTE, Tier.NATIONAL_HTE);

    /**
     * @param outcome   the self-check's outcome for the rung's programme
     * @param certified a valid certificate of this rung or a higher one is held
     * @param provisional the outcome rests on provisional (暂定) values
     */
    public record Rung(Tier tier, Outcome outcome, boolean eligible, boolean certified, boolean next, boolean provisional) {
    }

    public static LadderView of(SelfCheckResponse result) {
        Tier certified = result.certifiedTier() == null ? Tier.NONE : result.certifiedTier();
        Tier eligible = result.eligibleTier() == null ? Tier.NONE : result.eligibleTier();
        Tier current = certified.isAbove(eligible) ? certified : eligible;
        Tier next = BOTTOM_UP.stream().filter(t -> t.isAbove(current)).findFirst().orElse(null);
        List<Rung> rungs = new ArrayList<>();
        for (Tier tier : BOTTOM_UP) {
            ProgrammeAnswer answer = result.programmes().stream()
                    .filter(p -> p.programme() == Programme.valueOf(tier.name()))
                    .findFirst().orElse(null);
            Outcome outcome = answer == null ? Outcome.INSUFFICIENT_DATA : answer.outcome();
            boolean held = certified != Tier.NONE && !tier.isAbove(certified);
            rungs.add(new Rung(tier, outcome, outcome == Outcome.ELIGIBLE, held, tier == next,
                    answer != null && answer.provisional()));
        }
        // a rung held by a certificate is a fact; one only reached is as sure as the values it rests on
        boolean reachedOnly = current != Tier.NONE && current != certified;
        return new LadderView(rungs, current, reachedOnly && result.eligibleTierProvisional(), next);
    }
}
