package com.techladder.rules.explain;

import com.techladder.rules.facts.CertificateStatus;
import com.techladder.rules.facts.DerivedFacts;
import com.techladder.rules.facts.Enterprise;
import com.techladder.rules.facts.Growth;
import com.techladder.rules.facts.IntegrityRecord;
import com.techladder.rules.facts.LatestFigures;
import com.techladder.rules.facts.OneStrike;
import com.techladder.rules.facts.Registration;
import com.techladder.rules.facts.ThreeYearWindow;
import com.techladder.rules.model.Programme;
import com.techladder.rules.parameter.BandTable;
import com.techladder.rules.parameter.YearParameters;
import com.techladder.rules.result.Confidence;
import com.techladder.rules.result.CriterionResult;
import com.techladder.rules.result.CriterionStatus;
import com.techladder.rules.result.Gap;
import com.techladder.rules.result.Outcome;
import com.techladder.rules.result.ProgrammeResult;
import com.techladder.rules.result.Rendered;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The work sheet of one programme for one enterprise: the rules record every criterion here (all of them, never only
 * the first failure), with points, and finally decide the outcome. Each criterion is named by its {@link Criterion};
 * its parameter, comparison, unit and texts come from the catalogue. What the rules find is kept as values and
 * formatted into texts only when a result is read ({@link Rendered}). Not shared between threads.
 */
public final class ProgrammeSheet {

    /** Texts of the sheet's own (texts/names.yaml "sheet"), read once: most are shown per criterion. */
    private static final String YES = SheetText.YES.zh();
    private static final String NO = SheetText.NO.zh();
    private static final String EXPERT_PENDING = SheetText.EXPERT_PENDING.zh();
    private static final String TOP_BAND = SheetText.TOP_BAND.zh();

    private final Programme programme;
    private final YearParameters params;
    private final YearCriteria yearCriteria;
    private final Enterprise enterprise;
    private final DerivedFacts facts;
    private final boolean inForce;
    private final boolean figuresPresent;
    /** Sized for the criteria of the programme that apply this year: growing it would copy it, per enterprise. */
    private final List<Object> criteria;
    /** Made on the first gap: most sheets of an eligible or plainly failing enterprise have none. */
    private List<Object> gaps;
    private List<String> gapCriteria;
    private int conditionsNotMet;
    private int conditionsUnknown;
    private List<Recorded> unknownConditions;
    private List<Recorded> failedConditions;
    private int scoreMin;
    private int scoreMax;
    private boolean scored;
    private boolean provisional;
    private String directPath;
    private Outcome outcome;

    /** The sheet of {@code programme} for the enterprise whose derived facts are {@code facts}. */
    public ProgrammeSheet(Programme programme, YearCriteria year, DerivedFacts facts) {
        this.programme = programme;
        this.params = year.params();
        this.yearCriteria = year;
        this.enterprise = facts.getEnterprise();
        this.facts = facts;
        this.inForce = year.inForce(programme);
        this.figuresPresent = facts.getLatest() != null;
        this.criteria = new ArrayList<>(inForce && figuresPresent ? year.applying(programme) : 0);
    }

    public Programme getProgramme() {
        return programme;
    }

    /** The parameter values of the assessment year. */
    public YearParameters getParams() {
        return params;
    }

    /** The enterprise this sheet is about. */
    public Enterprise getEnterprise() {
        return enterprise;
    }

    // ---- the enterprise's derived facts, one per concern: a rule states its conditions on them in its `when` ----

    /** The figures of Y−1; null when they are not on record ({@link #isFiguresPresent()} false). */
    public LatestFigures getLatest() {
        return facts.getLatest();
    }

    public ThreeYearWindow getWindow() {
        return facts.getWindow();
    }

    public Growth getGrowth() {
        return facts.getGrowth();
    }

    public IntegrityRecord getIntegrity() {
        return facts.getIntegrity();
    }

    public CertificateStatus getCertificates() {
        return facts.getCertificates();
    }

    public Registration getRegistration() {
        return facts.getRegistration();
    }

    /**
     * Whether {@code criterion} applies in the assessment year: its parameter has a value in force then. A dated rule
     * says when it applies in its {@code when}: {@code ProgrammeSheet( …, applies(Criterion.TECH_SME_FRAUD) )}.
     */
    public boolean applies(Criterion criterion) {
        return yearCriteria.applies(criterion);
    }

    /** The programme can be assessed in this assessment year (its catalogue's {@code in_force_with} has a value). */
    public boolean isInForce() {
        return inForce;
    }

    /** The figures of Y−1 are on record: without them no criterion can be judged. */
    public boolean isFiguresPresent() {
        return figuresPresent;
    }

    // ---- conditions (must all hold) ----

    /** A threshold condition: {@code actual} against the criterion's parameter, as its catalogue entry compares. */
    public CriterionStatus check(Criterion criterion, Number actual) {
        CriterionEntry e = entry(criterion);
        YearParameters.Resolved p = yearCriteria.resolved(criterion);
        return condition(new Threshold(e, p, year(), null, status(actual, e.comparison(), p.number()), actual, p.number(),
                true));
    }

    /** A threshold condition whose limit the rule worked out (e.g. chosen by revenue band); {@code args} fill the texts. */
    public CriterionStatus check(Criterion criterion, Number actual, double limit, Object... args) {
        CriterionEntry e = entry(criterion);
        YearParameters.Resolved p = yearCriteria.resolved(criterion);
        return condition(new Threshold(e, p, year(), args, status(actual, e.comparison(), limit), actual, limit, false));
    }

    /** A yes/no condition: holds when {@code actual} is the answer the catalogue entry wants. */
    public CriterionStatus check(Criterion criterion, Boolean actual) {
        CriterionEntry e = entry(criterion);
        boolean wanted = e.wanted();
        CriterionStatus status = actual == null ? CriterionStatus.UNKNOWN
                : actual == wanted ? CriterionStatus.MET : CriterionStatus.NOT_MET;
        return condition(new Texts(e, yearCriteria.resolved(criterion), year(), null, status, null, null,
                actual == null ? null : actual ? YES : NO, wanted ? YES : NO));
    }

    /** A condition the rule judged itself, shown with the entry's fixed value and requirement. */
    public CriterionStatus check(Criterion criterion, CriterionStatus status) {
        CriterionEntry e = entry(criterion);
        return check(criterion, e.shown(), e.required(), status);
    }

    /** A condition the rule judged itself, shown with {@code actual} and the entry's fixed requirement. */
    public CriterionStatus check(Criterion criterion, String actual, CriterionStatus status) {
        return check(criterion, actual, entry(criterion).required(), status);
    }

    /**
     * A condition the rule judged itself, with its value and requirement as texts, {@link SheetText.Phrase phrases} or
     * values (yes/no as 是/否, others as written), worded when the result is read; {@code args} fill the entry's
     * placeholders.
     */
    public CriterionStatus check(Criterion criterion, Object actual, Object required, CriterionStatus status,
            Object... args) {
        CriterionEntry e = entry(criterion);
        return condition(new Texts(e, yearCriteria.resolved(criterion), year(), args, status, null, null, actual, required));
    }

    private static CriterionStatus status(Number actual, Comparison comparison, double limit) {
        return actual == null ? CriterionStatus.UNKNOWN
                : comparison.holds(actual.doubleValue(), limit) ? CriterionStatus.MET : CriterionStatus.NOT_MET;
    }

    private CriterionStatus condition(Recorded r) {
        add(r);
        if (r.status == CriterionStatus.NOT_MET) {
            conditionsNotMet++;
            if (failedConditions == null) {
                failedConditions = new ArrayList<>(4);
            }
            failedConditions.add(r);
        } else if (r.status == CriterionStatus.UNKNOWN) {
            conditionsUnknown++;
            if (unknownConditions == null) {
                unknownConditions = new ArrayList<>(4);
            }
            unknownConditions.add(r);
        }
        return r.status;
    }

    /**
     * One of several alternatives (e.g. a 科小 direct-qualification path): recorded with its result but not counted as
     * a condition, since failing one alternative fails nothing.
     */
    public CriterionStatus alternative(Criterion criterion, Boolean actual) {
        CriterionEntry e = entry(criterion);
        CriterionStatus status = actual == null ? CriterionStatus.UNKNOWN
                : actual ? CriterionStatus.MET : CriterionStatus.NOT_MET;
        add(new Texts(e, yearCriteria.resolved(criterion), year(), null, status, null, null,
                actual == null ? null : actual ? YES : NO, YES));
        return status;
    }

    /**
     * After a one-strike bar ({@code reapplyFrom}, a criterion with its gap): when the bar lifts — two years after the
     * last accident or violation, or once the enterprise is off the 严重违法失信 list.
     */
    public void reapply(Criterion reapplyFrom, OneStrike bar) {
        Integer year = bar.reapplyFrom();
        boolean listed = Boolean.TRUE.equals(bar.dishonestyListed());
        if (year == null && !listed) {
            return;
        }
        SheetText.Phrase when = year == null ? SheetText.REAPPLY_OFF_LIST.of()
                : listed ? SheetText.REAPPLY_FROM_AND_OFF_LIST.of(year) : SheetText.REAPPLY_FROM.of(year);
        note(reapplyFrom, when, entry(reapplyFrom).required(), CriterionStatus.NOT_MET);
        gap(reapplyFrom, SheetText.ONE_STRIKE, when);
    }

    // ---- scored items ----

    /**
     * A scored item from the point table of its parameter: the band {@code actual} falls in gives the points ([min, max]
     * where the table leaves a span to the experts); unknown → [0, max]. Adds to the score.
     */
    public BandTable.Band points(Criterion criterion, Number actual) {
        return points(criterion, actual, false);
    }

    /**
     * An item an expert scores within the span the table opens (技术的先进程度, 管理水平 …): its result stays UNKNOWN until
     * the expert has scored, unless the data already rule out every point.
     */
    public BandTable.Band expertPoints(Criterion criterion, Number actual) {
        return points(criterion, actual, true);
    }

    private BandTable.Band points(Criterion criterion, Number actual, boolean expert) {
        CriterionEntry e = entry(criterion);
        YearParameters.Resolved p = yearCriteria.resolved(criterion);
        BandTable table = p.bands();
        if (actual == null) {
            add(new Banded(e, p, year(), CriterionStatus.UNKNOWN, table, null, null, 0, expert));
            score(0, table.maxPoints());
            return null;
        }
        double value = actual.doubleValue();
        BandTable.Band band = table.bandOf(value);
        CriterionStatus status = band.pointsMax() == 0 ? CriterionStatus.NOT_MET
                : expert ? CriterionStatus.UNKNOWN : CriterionStatus.MET;
        add(new Banded(e, p, year(), status, table, band, table.nextAbove(value), value, expert));
        score(band.pointsMin(), band.pointsMax());
        return band;
    }

    /**
     * Records a criterion that decides nothing by itself (the score a verdict rests on), for the explanation; value and
     * requirement as {@link #check(Criterion, Object, Object, CriterionStatus, Object...)} takes them.
     */
    public void note(Criterion criterion, Object actual, Object required, CriterionStatus status) {
        CriterionEntry e = entry(criterion);
        add(new Texts(e, yearCriteria.resolved(criterion), year(), null, status, null, null, actual, required));
    }

    /**
     * A scored item whose [min, max] the rule worked out (expert items, capped sections, the better of two ratios);
     * value and requirement as {@link #check(Criterion, Object, Object, CriterionStatus, Object...)} takes them.
     */
    public void scoredItem(Criterion criterion, Object actual, Object required, CriterionStatus status, int min, int max,
            int maxPoints) {
        CriterionEntry e = entry(criterion);
        // points is the exact score of the item; a span left to experts shows as [min, max] in the actual text
        add(new Texts(e, yearCriteria.resolved(criterion), year(), null, status, min == max ? min : null, maxPoints,
                actual == null || min == max ? actual : new Spanned(actual, min, max),
                required == null ? e.required() : required));
        score(min, max);
    }

    /** A scored item shown with the entry's fixed value and requirement. */
    public void scoredItem(Criterion criterion, CriterionStatus status, int min, int max, int maxPoints) {
        CriterionEntry e = entry(criterion);
        scoredItem(criterion, e.shown(), e.required(), status, min, max, maxPoints);
    }

    private void score(int min, int max) {
        scored = true;
        scoreMin += min;
        scoreMax += max;
    }

    private CriterionEntry entry(Criterion criterion) {
        if (criterion.programme() != programme) {
            throw new IllegalArgumentException(criterion + " is no criterion of " + programme);
        }
        return yearCriteria.entry(criterion);
    }

    private int year() {
        return params.year();
    }


    private void add(Recorded r) {
        if (r.parameter.confidence() == Confidence.PROVISIONAL && r.status != CriterionStatus.UNKNOWN) {
            provisional = true;
        }
        criteria.add(r);
    }

    /**
     * Caps the points recorded since the score stood at [{@code fromMin}, {@code fromMax}] at {@code cap}: a section whose
     * items plus a bonus may not exceed its ceiling (高企 知识产权 ≤ 30 including the 标准 bonus).
     */
    public void capSectionSince(int fromMin, int fromMax, int cap) {
        scoreMin = fromMin + Math.min(cap, scoreMin - fromMin);
        scoreMax = fromMax + Math.min(cap, scoreMax - fromMax);
    }

    /** Replaces the computed range by an exact score (高企 expert_innovation_score). */
    public void exactScore(int score) {
        scored = true;
        scoreMin = score;
        scoreMax = score;
    }

    // ---- gaps ----

    private void addGap(String criterion, Object gap) {
        if (gaps == null) {
            gaps = new ArrayList<>(8);
            gapCriteria = new ArrayList<>(8);
        }
        gaps.add(gap);
        gapCriteria.add(criterion);
    }

    /**
     * A gap under an id of its own (a programme not in force, figures missing), worded by {@code text} with
     * {@code values} when the result is read.
     */
    public void gap(String criterion, SheetText text, Object... values) {
        addGap(criterion, (Rendered.Later<Gap>) () -> new Gap(criterion, text.zh(values), text.en(values)));
    }

    /**
     * What would change the result of {@code criterion}, in the enterprise's terms: {@code text} with {@code values},
     * worded when read.
     */
    public void gap(Criterion criterion, SheetText text, Object... values) {
        gap(entry(criterion).id(), text, values);
    }

    /**
     * "研发费用需再增加 42.5 万元 (研发投入占比 3.6% → 4%) 可得 +10 分": how much of the lever (numerator) is missing to reach
     * {@code target}, and what that gains ({@code SheetText.GAIN_POINTS.of(10)}). When the lever also grows the
     * denominator (hiring technology staff grows the workforce), the amount solves (n + x) / (d + x) ≥ target.
     */
    public void ratioGap(Criterion criterion, Lever lever, double numerator, double denominator, double target,
            SheetText.Phrase gain) {
        Unit leverUnit = lever.unit;
        double missing = lever.inDenominator
                ? (target * denominator - numerator) / (1 - target)
                : target * denominator - numerator;
        if (missing <= 0 || denominator <= 0) {
            return;
        }
        if (leverUnit == Unit.PERSONS || leverUnit == Unit.ITEMS) {
            missing = Math.ceil(missing - 1e-9);
        }
        String id = entry(criterion).id();
        double more = missing;
        double now = numerator / denominator;
        addGap(id, (Rendered.Later<Gap>) () -> new Gap(id,
                SheetText.MORE_OF_LEVER.zh(lever.name.zh(), leverUnit.format(more), lever.ratio.zh(),
                        Unit.PERCENT.formatAgainst(now, target), Unit.PERCENT.format(target), gain.zh()),
                SheetText.MORE_OF_LEVER.en(lever.name.en(), leverUnit.formatEn(more), lever.ratio.en(),
                        Unit.PERCENT.formatAgainstEn(now, target), Unit.PERCENT.formatEn(target), gain.en())));
    }

    // ---- decision ----

    public boolean isScored() {
        return scored;
    }

    /** The score as a result shows it: "57 分", or the range the data leave open, "[45, 75] 分". */
    public SheetText.Phrase scoreShown() {
        return scoreMin == scoreMax ? SheetText.SCORE.of(scoreMin) : SheetText.SCORE_RANGE.of(scoreMin, scoreMax);
    }

    public int getScoreMin() {
        return scoreMin;
    }

    public int getScoreMax() {
        return scoreMax;
    }

    public int getConditionsNotMet() {
        return conditionsNotMet;
    }

    public int getConditionsUnknown() {
        return conditionsUnknown;
    }

    public void markProvisional() {
        provisional = true;
    }

    public void directPath(String path) {
        directPath = path;
    }

    public String getDirectPath() {
        return directPath;
    }

    public void decide(Outcome decided) {
        outcome = decided;
    }

    /** The usual verdict for a set of conditions: any NOT_MET fails, any UNKNOWN needs review, else eligible. */
    public Outcome conditionsVerdict() {
        if (conditionsNotMet > 0) {
            return Outcome.NOT_ELIGIBLE;
        }
        return conditionsUnknown > 0 ? Outcome.NEEDS_REVIEW : Outcome.ELIGIBLE;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public ProgrammeResult toResult(boolean requiredDataMissing, LocalDate referenceDay) {
        Outcome o = outcome == null ? Outcome.INSUFFICIENT_DATA : outcome;
        if (requiredDataMissing && o != Outcome.NOT_ELIGIBLE && o != Outcome.ELIGIBLE) {
            o = Outcome.INSUFFICIENT_DATA;
        }
        List<Object> shown = o == Outcome.ELIGIBLE || gaps == null ? List.of() : gaps;
        if (failedConditions != null && o != Outcome.ELIGIBLE) {
            // every failed condition appears, in its own terms where no rule wrote a more concrete message
            shown = new ArrayList<>(shown);
            for (Recorded f : failedConditions) {
                if (gapCriteria == null || !gapCriteria.contains(f.entry.id())) {
                    shown.add((Rendered.Later<Gap>) () -> {
                        CriterionResult c = f.render();
                        return new Gap(c.id(), SheetText.NOT_MET.zh(c.description(), c.actual(), c.required()),
                                SheetText.NOT_MET.en(c.descriptionEn(), c.actual(), c.required()));
                    });
                }
            }
        }
        if (unknownConditions != null && (o == Outcome.NEEDS_REVIEW || o == Outcome.INSUFFICIENT_DATA)) {
            // what would settle the outcome: the data behind every condition still unknown
            shown = new ArrayList<>(shown);
            for (Recorded u : unknownConditions) {
                shown.add((Rendered.Later<Gap>) () -> new Gap(u.entry.id(),
                        SheetText.TO_VERIFY.zh(u.description(false)), SheetText.TO_VERIFY.en(u.description(true))));
            }
        }
        Integer exact = scored && scoreMin == scoreMax ? scoreMin : null;
        return new ProgrammeResult(programme, o, exact, scored ? scoreMin : null, scored ? scoreMax : null, directPath,
                provisional, Rendered.of(criteria), Rendered.of(shown), referenceDay);
    }

    // ---- what a criterion found, formatted when read ----

    /** A recorded criterion: its entry, the parameter value in force, its result and points; texts made on reading. */
    private abstract static class Recorded implements Rendered.Later<CriterionResult> {
        final CriterionEntry entry;
        final YearParameters.Resolved parameter;
        final int year;
        final Object[] args;
        final CriterionStatus status;
        final Integer points;
        final Integer maxPoints;

        Recorded(CriterionEntry entry, YearParameters.Resolved parameter, int year, Object[] args,
                CriterionStatus status, Integer points, Integer maxPoints) {
            this.entry = entry;
            this.parameter = parameter;
            this.year = year;
            this.args = args;
            this.status = status;
            this.points = points;
            this.maxPoints = maxPoints;
        }

        abstract String actual();

        abstract String required();

        String description(boolean english) {
            CriterionEntry.Wording w = entry.wording(year);
            return entry.fill(english ? w.en() : w.zh(), english, parameter, args);
        }

        @Override
        public CriterionResult render() {
            return new CriterionResult(entry.id(), parameter.source(), description(false), description(true), actual(),
                    required(), status, points, maxPoints, parameter.confidence());
        }
    }

    /**
     * Value and requirement as the rule or the catalogue gave them: texts, phrases worded now, values shown as written.
     */
    private static final class Texts extends Recorded {
        private final Object actual;
        private final Object required;

        Texts(CriterionEntry entry, YearParameters.Resolved parameter, int year, Object[] args, CriterionStatus status,
                Integer points, Integer maxPoints, Object actual, Object required) {
            super(entry, parameter, year, args, status, points, maxPoints);
            this.actual = actual;
            this.required = required;
        }

        @Override
        String actual() {
            return shown(actual);
        }

        @Override
        String required() {
            return shown(required);
        }
    }

    /** A value or requirement as results hold it (zh-CN). */
    private static String shown(Object value) {
        return value == null ? null
                : value instanceof String s ? s
                : value instanceof Boolean b ? (b ? YES : NO)
                : value instanceof SheetText.Phrase p ? p.zh()
                : value instanceof Spanned s ? shown(s.actual) + BandTable.span(s.min + "–" + s.max)
                : value instanceof Unit.Against a ? a.unit().formatAgainst(a.actual(), a.limit())
                : String.valueOf(value);
    }

    /** A scored item's value, followed by the span of points left open: "Ⅱ类 3 件 [4–8 分]". */
    private record Spanned(Object actual, int min, int max) {
    }

    /** A number against a limit: the parameter's own (its requirement text cached per value) or one the rule chose. */
    private static final class Threshold extends Recorded {
        private final Number actual;
        private final double limit;
        private final boolean parameterLimit;

        Threshold(CriterionEntry entry, YearParameters.Resolved parameter, int year, Object[] args,
                CriterionStatus status, Number actual, double limit, boolean parameterLimit) {
            super(entry, parameter, year, args, status, null, null);
            this.actual = actual;
            this.limit = limit;
            this.parameterLimit = parameterLimit;
        }

        @Override
        String actual() {
            return actual == null ? null : entry.unit().formatAgainst(actual.doubleValue(), limit);
        }

        @Override
        String required() {
            Comparison c = entry.comparison();
            Unit u = entry.unit();
            return parameterLimit ? parameter.requirement(Requirement.of(c, u), () -> c.symbol() + u.format(limit))
                    : c.symbol() + u.format(limit);
        }
    }

    /** A value placed in a point table: its band, the next band up and what reaching it takes. */
    private static final class Banded extends Recorded {
        private final BandTable table;
        private final BandTable.Band band;
        private final BandTable.Band next;
        private final double value;
        private final boolean expert;

        Banded(CriterionEntry entry, YearParameters.Resolved parameter, int year, CriterionStatus status,
                BandTable table, BandTable.Band band, BandTable.Band next, double value, boolean expert) {
            super(entry, parameter, year, null, status, band == null ? exact(0, table.maxPoints())
                    : exact(band.pointsMin(), band.pointsMax()), table.maxPoints());
            this.table = table;
            this.band = band;
            this.next = next;
            this.value = value;
            this.expert = expert;
        }

        private static Integer exact(int min, int max) {
            return min == max ? min : null;
        }

        @Override
        String actual() {
            if (band == null) {
                return null;
            }
            Unit unit = entry.unit();
            return expert ? (band.pointsMin() == band.pointsMax() ? EXPERT_PENDING
                    : EXPERT_PENDING + BandTable.span(band.points()))
                    : (next == null ? unit.format(value) : unit.formatAgainst(value, next.threshold())) + band.shownAfterValue();
        }

        @Override
        String required() {
            Unit unit = entry.unit();
            if (band == null) {
                return table.best().requirement(unit, unit::format);
            }
            return expert ? SheetText.EXPERT_REQUIREMENT.zh(table.best().points())
                    : next == null ? TOP_BAND : next.requirement(unit, unit::format);
        }
    }
}
