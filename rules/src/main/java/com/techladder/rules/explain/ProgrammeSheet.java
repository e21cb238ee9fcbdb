package com.techladder.rules.explain;

import com.techladder.rules.model.Programme;
import com.techladder.rules.parameter.BandTable;
import com.techladder.rules.parameter.YearParameters;
import com.techladder.rules.result.Confidence;
import com.techladder.rules.result.CriterionResult;
import com.techladder.rules.result.CriterionStatus;
import com.techladder.rules.result.Gap;
import com.techladder.rules.result.Outcome;
import com.techladder.rules.result.ProgrammeResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The work sheet of one programme for one enterprise: the rules record every criterion here (all of them, never only
 * the first failure), with points, and finally decide the outcome. Not shared between threads.
 */
public final class ProgrammeSheet {

    private final Programme programme;
    private final YearParameters params;
    private final List<CriterionResult> criteria = new ArrayList<>(16);
    private final List<Gap> gaps = new ArrayList<>(4);
    private int conditionsNotMet;
    private int conditionsUnknown;
    private List<String[]> unknownConditions;
    private List<CriterionResult> failedConditions;
    private int scoreMin;
    private int scoreMax;
    private boolean scored;
    private boolean provisional;
    private String directPath;
    private Outcome outcome;

    public ProgrammeSheet(Programme programme, YearParameters params) {
        this.programme = programme;
        this.params = params;
    }

    // ---- conditions (must all hold) ----

    /** A threshold condition on a number: {@code actual} against the parameter {@code key}. */
    public CriterionStatus condition(String id, String key, String zh, String en, Double actual, Comparison comparison,
            Unit unit) {
        YearParameters.Resolved p = params.resolved(key);
        double limit = p.number();
        CriterionStatus status = actual == null ? CriterionStatus.UNKNOWN
                : comparison.holds(actual, limit) ? CriterionStatus.MET : CriterionStatus.NOT_MET;
        String required = p.requirement(Requirement.of(comparison, unit), () -> comparison.symbol() + unit.format(limit));
        add(id, p, zh, en, actual == null ? null : unit.formatAgainst(actual, limit), required, status, null, null);
        countCondition(id, zh, en, status);
        return status;
    }

    /** A threshold condition whose limit was worked out by the rule (e.g. chosen by revenue band). */
    public CriterionStatus condition(String id, String key, String zh, String en, Double actual, Comparison comparison,
            double limit, Unit unit) {
        CriterionStatus status = actual == null ? CriterionStatus.UNKNOWN
                : comparison.holds(actual, limit) ? CriterionStatus.MET : CriterionStatus.NOT_MET;
        return condition(id, key, zh, en, actual == null ? null : unit.formatAgainst(actual, limit),
                comparison.symbol() + unit.format(limit), status);
    }

    /** A yes/no condition: holds when {@code actual} equals {@code wanted}. */
    public CriterionStatus condition(String id, String key, String zh, String en, Boolean actual, boolean wanted) {
        CriterionStatus status = actual == null ? CriterionStatus.UNKNOWN
                : actual == wanted ? CriterionStatus.MET : CriterionStatus.NOT_MET;
        return condition(id, key, zh, en, actual == null ? null : (actual ? "是" : "否"), wanted ? "是" : "否", status);
    }

    /** A condition with its texts prepared by the rule. */
    public CriterionStatus condition(String id, String key, String zh, String en, String actual, String required,
            CriterionStatus status) {
        add(id, key, zh, en, actual, required, status, null, null);
        countCondition(id, zh, en, status);
        return status;
    }

    private void countCondition(String id, String zh, String en, CriterionStatus status) {
        if (status == CriterionStatus.NOT_MET) {
            conditionsNotMet++;
            if (failedConditions == null) {
                failedConditions = new ArrayList<>(4);
            }
            failedConditions.add(criteria.get(criteria.size() - 1));
        } else if (status == CriterionStatus.UNKNOWN) {
            conditionsUnknown++;
            if (unknownConditions == null) {
                unknownConditions = new ArrayList<>(4);
            }
            unknownConditions.add(new String[] {id, zh, en});
        }
    }

    /**
     * One of several alternatives (e.g. a 科小 direct-qualification path): recorded with its result but not counted as
     * a condition, since failing one alternative fails nothing.
     */
    public CriterionStatus alternative(String id, String key, String zh, String en, Boolean actual) {
        CriterionStatus status = actual == null ? CriterionStatus.UNKNOWN
                : actual ? CriterionStatus.MET : CriterionStatus.NOT_MET;
        add(id, key, zh, en, actual == null ? null : (actual ? "是" : "否"), "是", status, null, null);
        return status;
    }

    // ---- scored items ----

    /**
     * A scored item from a point table: the band {@code actual} falls in gives the points ([min, max] where the table
     * leaves a span to the experts); unknown → [0, max]. Adds to the score.
     */
    public BandTable.Band points(String id, String key, String zh, String en, Double actual, Unit unit) {
        return points(id, key, zh, en, actual, unit, false);
    }

    /**
     * An item an expert scores within the span the table opens (技术的先进程度, 管理水平 …): its result stays UNKNOWN until
     * the expert has scored, unless the data already rule out every point.
     */
    public BandTable.Band expertPoints(String id, String key, String zh, String en, Double actual, Unit unit) {
        return points(id, key, zh, en, actual, unit, true);
    }

    private BandTable.Band points(String id, String key, String zh, String en, Double actual, Unit unit, boolean expert) {
        BandTable table = params.bands(key);
        if (actual == null) {
            scoredItem(id, key, zh, en, null, table.best().requirement(unit, unit::format),
                    CriterionStatus.UNKNOWN, 0, table.maxPoints(), table.maxPoints());
            return null;
        }
        BandTable.Band band = table.bandOf(actual);
        BandTable.Band next = table.nextAbove(actual);
        String required = expert ? "专家评判 " + table.best().points() + " 分"
                : next == null ? "已达最高档" : next.requirement(unit, unit::format);
        CriterionStatus status = band.pointsMax() == 0 ? CriterionStatus.NOT_MET
                : expert ? CriterionStatus.UNKNOWN : CriterionStatus.MET;
        String shown = expert ? (band.pointsMin() == band.pointsMax() ? "待专家评分" : "待专家评分 [" + band.points() + " 分]")
                : (next == null ? unit.format(actual) : unit.formatAgainst(actual, next.threshold())) + band.shownAfterValue();
        record(id, key, zh, en, shown, required, status, band.pointsMin(), band.pointsMax(), table.maxPoints());
        return band;
    }

    /** Records a criterion that decides nothing by itself (the score a verdict rests on), for the explanation. */
    public void note(String id, String key, String zh, String en, String actual, String required, CriterionStatus status) {
        add(id, key, zh, en, actual, required, status, null, null);
    }

    /** A scored item whose [min, max] the rule worked out (expert items, capped sections, the better of two ratios). */
    public void scoredItem(String id, String key, String zh, String en, String actual, String required,
            CriterionStatus status, int min, int max, int maxPoints) {
        // points is the exact score of the item; a span left to experts shows as [min, max] in the actual text
        record(id, key, zh, en, actual == null || min == max ? actual : actual + " [" + min + "–" + max + " 分]", required,
                status, min, max, maxPoints);
    }

    private void record(String id, String key, String zh, String en, String shown, String required,
            CriterionStatus status, int min, int max, int maxPoints) {
        add(id, key, zh, en, shown, required, status, min == max ? min : null, maxPoints);
        scored = true;
        scoreMin += min;
        scoreMax += max;
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

    private void add(String id, String key, String zh, String en, String actual, String required, CriterionStatus status,
            Integer points, Integer maxPoints) {
        add(id, params.resolved(key), zh, en, actual, required, status, points, maxPoints);
    }

    private void add(String id, YearParameters.Resolved p, String zh, String en, String actual, String required,
            CriterionStatus status, Integer points, Integer maxPoints) {
        Confidence confidence = p.confidence();
        if (confidence == Confidence.PROVISIONAL && status != CriterionStatus.UNKNOWN) {
            provisional = true;
        }
        criteria.add(new CriterionResult(id, p.source(), zh, en, actual, required, status, points, maxPoints, confidence));
    }

    // ---- gaps ----

    public void gap(String criterion, String message, String messageEn) {
        gaps.add(new Gap(criterion, message, messageEn));
    }

    /**
     * "研发费用需再增加 42.5 万元 (研发投入占比 3.6% → 4%) 可得 +10 分": how much of the lever (numerator) is missing to reach
     * {@code target}. When the lever also grows the denominator (hiring technology staff grows the workforce), the
     * amount solves (n + x) / (d + x) ≥ target.
     */
    public void ratioGap(String criterion, String leverZh, String leverEn, Unit leverUnit, double numerator,
            double denominator, double target, boolean leverInDenominator, String ratioZh, String ratioEn,
            String gainZh, String gainEn) {
        double missing = leverInDenominator
                ? (target * denominator - numerator) / (1 - target)
                : target * denominator - numerator;
        if (missing <= 0 || denominator <= 0) {
            return;
        }
        if (leverUnit == Unit.PERSONS || leverUnit == Unit.ITEMS) {
            missing = Math.ceil(missing - 1e-9);
        }
        double now = numerator / denominator;
        String arrowZh = " (" + ratioZh + " " + Unit.PERCENT.formatAgainst(now, target) + " → " + Unit.PERCENT.format(target) + ")";
        String arrowEn = " (" + ratioEn + " " + Unit.PERCENT.formatAgainstEn(now, target) + " → "
                + Unit.PERCENT.formatEn(target) + ")";
        gaps.add(new Gap(criterion,
                leverZh + "需再增加 " + leverUnit.format(missing) + arrowZh + " " + gainZh,
                leverEn + " must grow by " + leverUnit.formatEn(missing) + arrowEn + " " + gainEn));
    }

    private boolean hasGapFor(String criterion) {
        for (Gap g : gaps) {
            if (g.criterion().equals(criterion)) {
                return true;
            }
        }
        return false;
    }

    // ---- decision ----

    public boolean isScored() {
        return scored;
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
        List<Gap> shown = o == Outcome.ELIGIBLE ? List.of() : gaps;
        if (failedConditions != null && o != Outcome.ELIGIBLE) {
            // every failed condition appears, in its own terms where no rule wrote a more concrete message
            shown = new ArrayList<>(shown);
            for (CriterionResult f : failedConditions) {
                if (!hasGapFor(f.id())) {
                    shown.add(new Gap(f.id(), "未满足: " + f.description() + " — 当前 " + f.actual() + "，要求 " + f.required(),
                            "Not met: " + f.descriptionEn() + " — now " + f.actual() + ", required " + f.required()));
                }
            }
        }
        if (unknownConditions != null && (o == Outcome.NEEDS_REVIEW || o == Outcome.INSUFFICIENT_DATA)) {
            // what would settle the outcome: the data behind every condition still unknown
            shown = new ArrayList<>(shown);
            for (String[] u : unknownConditions) {
                shown.add(new Gap(u[0], "待核实: " + u[1] + " (需补充数据或人工核实)", "To verify: " + u[2] + " (data needed)"));
            }
        }
        Integer exact = scored && scoreMin == scoreMax ? scoreMin : null;
        return new ProgrammeResult(programme, o, exact, scored ? scoreMin : null, scored ? scoreMax : null, directPath,
                provisional, criteria, shown, referenceDay);
    }
}
