package com.techladder.registry.portal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.techladder.registry.selfcheck.SelfCheckResponse;
import com.techladder.registry.selfcheck.SelfCheckResponse.GapAnswer;
import com.techladder.registry.selfcheck.SelfCheckResponse.ProgrammeAnswer;
import com.techladder.registry.selfcheck.SelfCheckResponse.SubsidyAnswer;
import com.techladder.rules.model.Programme;
import com.techladder.rules.model.Tier;
import com.techladder.rules.result.Outcome;

/**
 * The answer as the result page leads with it: where the enterprise stands (the rung its certificates hold on the
 * reference day), what it qualifies for on the figures entered, the rungs bottom-up, and the subsidies' total. Held and
 * reached are kept apart: a firm without a certificate stands on no rung, however high it could reach.
 *
 * @param held               the highest rung held by a certificate valid on the reference day (NONE without one)
 * @param qualifies          the highest rung the figures reach (NONE when none)
 * @param qualifiesProvisional that rung rests on provisional (暂定) values
 * @param target             the rung the next step is about: the highest one reached but not held, else the lowest one
 *                           above both; null when the top rung is held
 * @param subsidyTotal       the estimated subsidies granted, in 万元 (the rules already pay an increase once: 就高不重复)
 */
public record LadderView(List<Rung> rungs, Tier held, Tier qualifies, boolean qualifiesProvisional, Tier target,
        BigDecimal subsidyTotal) {

    private static final List<Tier> BOTTOM_UP = List.of(Tier.TECH_SME, Tier.PROVINCIAL_HTE, Tier.NATIONAL_HTE);
    /** The criterion the rules add to a programme a one-strike condition bars, saying when the bar lifts. */
    static final String REAPPLY_SUFFIX = ".REAPPLY_FROM";

    /**
     * @param outcome     the self-check's outcome for the rung's programme
     * @param certified   a valid certificate of this rung or a higher one is held
     * @param provisional the outcome rests on provisional (暂定) values
     * @param excluded    a one-strike condition bars the programme this year (一票否决)
     */
    public record Rung(Tier tier, Outcome outcome, boolean eligible, boolean certified, boolean target,
            boolean provisional, boolean excluded) {
    }

    public static LadderView of(SelfCheckResponse result) {
        Tier held = result.certifiedTier() == null ? Tier.NONE : result.certifiedTier();
        Tier qualifies = result.eligibleTier() == null ? Tier.NONE : result.eligibleTier();
        Tier target = qualifies.isAbove(held) ? qualifies
                : BOTTOM_UP.stream().filter(t -> t.isAbove(held) && t.isAbove(qualifies)).findFirst().orElse(null);
        List<Rung> rungs = new ArrayList<>();
        for (Tier tier : BOTTOM_UP) {
            Optional<ProgrammeAnswer> answer = programme(result, tier);
            Outcome outcome = answer.map(ProgrammeAnswer::outcome).orElse(Outcome.INSUFFICIENT_DATA);
            rungs.add(new Rung(tier, outcome, outcome == Outcome.ELIGIBLE, held != Tier.NONE && !tier.isAbove(held),
                    tier == target, answer.map(ProgrammeAnswer::provisional).orElse(false),
                    answer.map(LadderView::excluded).orElse(false)));
        }
        BigDecimal total = result.subsidies().stream().filter(SubsidyAnswer::eligible).map(SubsidyAnswer::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        // a rung reached (not held) is as sure as the values it rests on
        return new LadderView(rungs, held, qualifies, qualifies != Tier.NONE && result.eligibleTierProvisional(), target,
                total);
    }

    /** The rung the next step is about, as its own row; null when the top rung is held. */
    public Rung targetRung() {
        return rungs.stream().filter(Rung::target).findFirst().orElse(null);
    }

    /** The next step is to apply: the figures reach a rung no certificate holds yet. */
    public boolean apply() {
        return target != null && target == qualifies;
    }

    static Optional<ProgrammeAnswer> programme(SelfCheckResponse result, Tier tier) {
        return result.programmes().stream().filter(p -> p.programme() == Programme.valueOf(tier.name())).findFirst();
    }

    /** A one-strike condition bars {@code p}: the rules then say when the enterprise may apply again. */
    public static boolean excluded(ProgrammeAnswer p) {
        return p.criteria().stream().anyMatch(c -> c.id().endsWith(REAPPLY_SUFFIX));
    }

    /** When a barred programme may be applied for again, in the page's language; null when {@code p} is not barred. */
    public static String reapply(ProgrammeAnswer p) {
        // the rules' gap reads "一票否决: <when>" / "One strike: <when>"; the page names the bar itself
        return p.gaps().stream().filter(g -> g.criterion().endsWith(REAPPLY_SUFFIX)).map(GapAnswer::message)
                .map(m -> m.substring(m.indexOf(": ") < 0 ? 0 : m.indexOf(": ") + 2)).findFirst().orElse(null);
    }
}
