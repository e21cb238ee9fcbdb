package com.techladder.rules.explain;

import com.techladder.rules.model.SubsidyProgramme;
import com.techladder.rules.parameter.SegmentTable;
import com.techladder.rules.parameter.YearParameters;
import com.techladder.rules.result.Confidence;
import com.techladder.rules.result.Rendered;
import com.techladder.rules.result.SubsidyResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The work sheet of one subsidy for one enterprise: eligibility, amount in 万元 and the steps of how it was computed.
 * Each step is an entry of the subsidy's catalogue file ({@link SubsidyCriterion}) with the values the rule found; the
 * explanation is formatted from the catalogue only when the result is read ({@link Rendered}). Not shared between
 * threads.
 */
public final class SubsidySheet {

    /** Most sheets pay nothing: their amount is this one value, not a BigDecimal parsed from a double each time. */
    private static final BigDecimal NOTHING = BigDecimal.ZERO.setScale(2, RoundingMode.HALF_UP);

    private final SubsidyProgramme programme;
    private final YearCriteria yearCriteria;
    private boolean eligible;
    private double amount;
    private boolean provisional;
    private boolean undetermined;
    private double incrementPart;
    private final List<Step> steps = new ArrayList<>(6);

    public SubsidySheet(SubsidyProgramme programme, YearCriteria yearCriteria) {
        this.programme = programme;
        this.yearCriteria = yearCriteria;
    }

    /** Eligible for {@code amountWan} 万元. */
    public void grant(double amountWan) {
        eligible = amountWan > 0;
        amount = Math.max(0, amountWan);
    }

    /** Eligible for {@code baseWan} plus {@code incrementWan} paid on the growth of R&D (kept apart for 就高不重复). */
    public void grant(double baseWan, double incrementWan) {
        grant(baseWan + incrementWan);
        incrementPart = Math.max(0, incrementWan);
    }

    /** The part of the amount paid on the growth of R&D. */
    public double getIncrementPart() {
        return incrementPart;
    }

    /** Pays the growth part elsewhere (就高不重复): the amount loses it. */
    public void dropIncrement() {
        grant(amount - incrementPart);
        incrementPart = 0;
    }

    /**
     * A fact the subsidy depends on is unknown: no amount, and the result says 待核实 rather than "no"; {@code criterion}'s
     * texts say which.
     */
    public void undetermined(SubsidyCriterion criterion, Object... args) {
        grant(0);
        undetermined = true;
        explain(criterion, args);
    }

    public void markProvisional() {
        provisional = true;
    }

    /** Marks the result provisional when the value in force of {@code criterion}'s parameter is (❓). */
    public void provisionalWith(SubsidyCriterion criterion) {
        if (resolved(criterion).confidence() == Confidence.PROVISIONAL) {
            provisional = true;
        }
    }

    /** Whether {@code criterion}'s parameter has a value in force this assessment year. */
    public boolean applies(SubsidyCriterion criterion) {
        return yearCriteria.resolvedOrNull(own(criterion)) != null;
    }

    /** The number in force of {@code criterion}'s parameter (a rate, an amount, a limit). */
    public double value(SubsidyCriterion criterion) {
        return resolved(criterion).number();
    }

    /** The segment table in force of {@code criterion}'s parameter (分段补助). */
    public SegmentTable segments(SubsidyCriterion criterion) {
        return resolved(criterion).segments();
    }

    /** Appends one step of the explanation: {@code criterion}'s texts, {@code args} filling its placeholders. */
    public void explain(SubsidyCriterion criterion, Object... args) {
        steps.add(step(criterion, null, args));
    }

    /**
     * A threshold condition: {@code actual} against {@code criterion}'s parameter, as its entry compares (exactly: the
     * subsidy amounts have always been decided without the criteria's rounding tolerance). A condition not met is
     * explained with the entry's texts, {@code {actual}} and {@code {limit}} filled in.
     */
    public boolean check(SubsidyCriterion criterion, double actual) {
        double limit = value(criterion);
        if (yearCriteria.entry(criterion).comparison().holdsExactly(actual, limit)) {
            return true;
        }
        explain(criterion, actual, limit);
        return false;
    }

    /** Pays {@code criterion}'s amount (its parameter's value) and explains it; returns the amount in 万元. */
    public double award(SubsidyCriterion criterion) {
        double award = value(criterion);
        explain(criterion, award);
        return award;
    }

    /**
     * Pays {@code criterion}'s amount (its parameter's value) as one part of the grant, beside the parts other rules
     * award (a city's and a zone's): the amount is their sum, and their steps stand together in the order of
     * {@link SubsidyCriterion} (the catalogue's), whatever order the rules fire in.
     */
    public void awardPart(SubsidyCriterion criterion) {
        double part = value(criterion);
        int at = steps.size();
        while (at > 0 && steps.get(at - 1).part() != null && steps.get(at - 1).part().compareTo(criterion) > 0) {
            at--;
        }
        steps.add(at, step(criterion, criterion, new Object[] {part}));
        grant(amount + part);
    }

    public boolean isEligible() {
        return eligible;
    }

    public double getAmount() {
        return amount;
    }

    private SubsidyCriterion own(SubsidyCriterion criterion) {
        if (criterion.subsidy() != programme) {
            throw new IllegalArgumentException(criterion + " is no entry of " + programme);
        }
        return criterion;
    }

    private Step step(SubsidyCriterion criterion, SubsidyCriterion part, Object[] args) {
        return new Step(yearCriteria.entry(own(criterion)), yearCriteria.resolvedOrNull(criterion), args, part);
    }

    private YearParameters.Resolved resolved(SubsidyCriterion criterion) {
        YearParameters.Resolved r = yearCriteria.resolvedOrNull(own(criterion));
        if (r == null) {
            throw new NoSuchElementException("parameter '" + yearCriteria.entry(criterion).parameter() + "' of "
                    + criterion + " has no value in force in " + yearCriteria.params().year());
        }
        return r;
    }

    /** The result; its explanation is formatted when first read. */
    public Rendered.Later<SubsidyResult> toResult() {
        SubsidyProgramme p = programme;
        boolean e = eligible;
        double a = amount;
        boolean prov = provisional;
        boolean und = undetermined;
        int year = yearCriteria.params().year();
        CriterionEntry.Wording joinedBy = yearCriteria.joinedBy(programme);
        List<Step> done = steps;
        return () -> new SubsidyResult(p, e, a == 0 ? NOTHING : BigDecimal.valueOf(a).setScale(2, RoundingMode.HALF_UP), prov,
                basis(done, year, joinedBy.zh(), false), basis(done, year, joinedBy.en(), true), und);
    }

    private static String basis(List<Step> steps, int year, String joinedBy, boolean english) {
        StringBuilder text = new StringBuilder();
        for (Step s : steps) {
            if (text.length() > 0) {
                text.append(joinedBy);
            }
            CriterionEntry.Wording w = s.entry.wording(year);
            text.append(s.entry.fill(english ? w.en() : w.zh(), english, s.parameter, s.args));
        }
        return text.toString();
    }

    /**
     * One step of the explanation: the entry, its parameter's value in force (null if none) and the rule's values; for
     * a part of the grant ({@link #awardPart}), its criterion, by which the parts are ordered (null otherwise).
     */
    private record Step(CriterionEntry entry, YearParameters.Resolved parameter, Object[] args, SubsidyCriterion part) {
    }
}
