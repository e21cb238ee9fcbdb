package com.techladder.batch.simulation;

import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.model.Programme;
import com.techladder.rules.model.SubsidyProgramme;
import com.techladder.rules.model.Tier;
import com.techladder.rules.result.Assessment;
import com.techladder.rules.result.CriterionResult;
import com.techladder.rules.result.Outcome;
import com.techladder.rules.result.ProgrammeResult;
import com.techladder.rules.result.SubsidyResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The figures of one simulation, added up one enterprise at a time from its two assessments (baseline, draft): the
 * transition matrices, the subsidy costs per subsidy and district, the 国家高企 pipeline and the differences. Plain
 * Java, no storage, one thread; memory is bounded by the matrices and the districts, never by the registry's size.
 */
final class SimulationTally {

    private static final Programme[] PROGRAMMES = Programme.values();
    private static final Outcome[] OUTCOMES = Outcome.values();

    private final SimulationFilter filter;
    private final int[][][] transitions = new int[PROGRAMMES.length][OUTCOMES.length][OUTCOMES.length];
    /** Per subsidy code and district, sorted for a stable order of the stored rows. */
    private final Map<String, Cost> costs = new TreeMap<>();
    private int compared;
    private int changedEnterprises;
    private final int[] pipeline = new int[2];
    private final int[] review = new int[2];

    SimulationTally(SimulationFilter filter) {
        this.filter = filter;
    }

    /**
     * Adds one enterprise (which the filter kept) and answers what differs for it, in programme then subsidy order;
     * empty when the draft changes nothing for it.
     */
    List<ChangedItem> add(EnterpriseProfile enterprise, Assessment baseline, Assessment draft) {
        compared++;
        List<ChangedItem> changes = new ArrayList<>(0);
        String firstChangedCriterion = null;
        String[] firstChangedTexts = null;
        for (int i = 0; i < baseline.programmes().size(); i++) {
            ProgrammeResult before = baseline.programmes().get(i);
            ProgrammeResult after = draft.programmes().get(i);
            if (!filter.compares(before.programme())) {
                continue;
            }
            transitions[before.programme().ordinal()][before.outcome().ordinal()][after.outcome().ordinal()]++;
            if (before.outcome() != after.outcome()) {
                CriterionResult decisive = decisiveCriterion(before, after);
                if (firstChangedCriterion == null && decisive != null) {
                    firstChangedCriterion = decisive.id();
                    firstChangedTexts = new String[] {decisive.description(), decisive.descriptionEn()};
                }
                changes.add(new ChangedItem(enterprise.uscc(), enterprise.name(), enterprise.district(),
                        ChangedItem.Kind.PROGRAMME, before.programme().name(), before.outcome().name(),
                        after.outcome().name(), null, null, decisive == null ? null : decisive.id(),
                        decisive == null ? null : decisive.description(),
                        decisive == null ? null : decisive.descriptionEn()));
            }
        }
        count(pipeline, review, 0, baseline);
        count(pipeline, review, 1, draft);
        Map<SubsidyProgramme, SubsidyResult> draftSubsidies = new HashMap<>();
        for (SubsidyResult s : draft.subsidies()) {
            draftSubsidies.put(s.programme(), s);
        }
        String district = enterprise.district() == null ? "" : enterprise.district();
        for (SubsidyResult before : baseline.subsidies()) {
            SubsidyResult after = draftSubsidies.remove(before.programme());
            changes.addAll(subsidy(enterprise, district, before.programme(), before, after, firstChangedCriterion,
                    firstChangedTexts));
        }
        // a subsidy in force only under the draft (a new programme, or one the draft extends into this year)
        for (SubsidyResult after : draftSubsidies.values()) {
            changes.addAll(subsidy(enterprise, district, after.programme(), null, after, firstChangedCriterion,
                    firstChangedTexts));
        }
        if (!changes.isEmpty()) {
            changedEnterprises++;
        }
        return changes;
    }

    private List<ChangedItem> subsidy(EnterpriseProfile enterprise, String district, SubsidyProgramme programme,
            SubsidyResult before, SubsidyResult after, String criterion, String[] texts) {
        BigDecimal amountBefore = amount(before);
        BigDecimal amountAfter = amount(after);
        costs.computeIfAbsent(programme.name() + "|" + district, k -> new Cost(programme, district))
                .add(amountBefore, amountAfter);
        if (amountBefore.compareTo(amountAfter) == 0) {
            return List.of();
        }
        // no verdict changed: the amount follows the subsidy's own rate, cap or segments, which its basis names
        SubsidyResult shown = after != null && after.eligible() ? after : before;
        return List.of(new ChangedItem(enterprise.uscc(), enterprise.name(), enterprise.district(),
                ChangedItem.Kind.SUBSIDY, programme.name(), null, null, money(amountBefore), money(amountAfter),
                criterion, criterion != null ? texts[0] : shown == null ? null : shown.basis(),
                criterion != null ? texts[1] : shown == null ? null : shown.basisEn()));
    }

    private static void count(int[] pipeline, int[] review, int side, Assessment assessment) {
        if (assessment.certifiedTier() == Tier.NATIONAL_HTE) {
            return;
        }
        for (ProgrammeResult p : assessment.programmes()) {
            if (p.programme() == Programme.NATIONAL_HTE) {
                if (p.outcome() == Outcome.ELIGIBLE) {
                    pipeline[side]++;
                } else if (p.outcome() == Outcome.NEEDS_REVIEW) {
                    review[side]++;
                }
            }
        }
    }

    /**
     * The criterion that made the difference: the first (in the programme's order) whose result differs, else whose
     * points differ (a score crossing its threshold), else whose limit differs, else one checked on one side only.
     */
    static CriterionResult decisiveCriterion(ProgrammeResult before, ProgrammeResult after) {
        Map<String, CriterionResult> draft = new HashMap<>();
        for (CriterionResult c : after.criteria()) {
            draft.put(c.id(), c);
        }
        CriterionResult byPoints = null;
        CriterionResult byLimit = null;
        CriterionResult oneSided = null;
        for (CriterionResult b : before.criteria()) {
            CriterionResult a = draft.remove(b.id());
            if (a == null) {
                oneSided = oneSided == null ? b : oneSided;
            } else if (a.result() != b.result()) {
                return a;
            } else if (byPoints == null && !Objects.equals(a.points(), b.points())) {
                byPoints = a;
            } else if (byLimit == null && !Objects.equals(a.required(), b.required())) {
                byLimit = a;
            }
        }
        if (oneSided == null && !draft.isEmpty()) {
            oneSided = after.criteria().stream().filter(c -> draft.containsKey(c.id())).findFirst().orElse(null);
        }
        return byPoints != null ? byPoints : byLimit != null ? byLimit : oneSided;
    }

    private static BigDecimal amount(SubsidyResult subsidy) {
        return subsidy == null || !subsidy.eligible() || subsidy.amount() == null ? BigDecimal.ZERO : subsidy.amount();
    }

    /** 万元 with two decimals, as every figure of the simulation is shown. */
    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    int compared() {
        return compared;
    }

    int changedEnterprises() {
        return changedEnterprises;
    }

    int pipelineBefore() {
        return pipeline[0];
    }

    int pipelineAfter() {
        return pipeline[1];
    }

    int reviewBefore() {
        return review[0];
    }

    int reviewAfter() {
        return review[1];
    }

    /** Every (programme, from, to) cell that occurred, programmes and outcomes in their declared order. */
    List<Transition> transitions() {
        List<Transition> cells = new ArrayList<>();
        for (Programme p : PROGRAMMES) {
            for (Outcome from : OUTCOMES) {
                for (Outcome to : OUTCOMES) {
                    int n = transitions[p.ordinal()][from.ordinal()][to.ordinal()];
                    if (n > 0) {
                        cells.add(new Transition(p, from, to, n));
                    }
                }
            }
        }
        return cells;
    }

    /** The cost per subsidy and district, rounded to two decimals once the sums are complete. */
    List<SubsidyCost> subsidies() {
        return costs.values().stream().map(Cost::result).toList();
    }

    private static final class Cost {
        final SubsidyProgramme subsidy;
        final String district;
        BigDecimal baseline = BigDecimal.ZERO;
        BigDecimal draft = BigDecimal.ZERO;
        int grantedBaseline;
        int grantedDraft;

        Cost(SubsidyProgramme subsidy, String district) {
            this.subsidy = subsidy;
            this.district = district;
        }

        void add(BigDecimal before, BigDecimal after) {
            baseline = baseline.add(before);
            draft = draft.add(after);
            grantedBaseline += before.signum() > 0 ? 1 : 0;
            grantedDraft += after.signum() > 0 ? 1 : 0;
        }

        SubsidyCost result() {
            return new SubsidyCost(subsidy, district, money(baseline), money(draft), grantedBaseline, grantedDraft);
        }
    }
}
