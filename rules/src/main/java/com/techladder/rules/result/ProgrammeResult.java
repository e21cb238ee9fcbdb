package com.techladder.rules.result;

import com.techladder.rules.model.Programme;
import java.time.LocalDate;
import java.util.List;

/**
 * A programme's outcome with every criterion (all of them, not the first failure) and the gap analysis.
 *
 * @param score      exact score, when the programme scores and the score is exact
 * @param scoreMin   lower bound of the score (null when the programme has no score)
 * @param scoreMax   upper bound of the score (null when the programme has no score)
 * @param directPath the 科小 direct-qualification path that applied, else null
 * @param provisional true when the outcome depends on a provisional (❓) parameter
 * @param referenceDay the day its day-dependent criteria were judged on (参照日: the assessment day clamped into the
 *                     programme's evaluation window), shown as "按 2025-09-30 判断"; null in results stored before it existed
 */
public record ProgrammeResult(
        Programme programme,
        Outcome outcome,
        Integer score,
        Integer scoreMin,
        Integer scoreMax,
        String directPath,
        boolean provisional,
        List<CriterionResult> criteria,
        List<Gap> gaps,
        LocalDate referenceDay) {

    public ProgrammeResult {
        criteria = Rendered.immutable(criteria);
        gaps = Rendered.immutable(gaps);
    }

    /** A result without a reference day (stored before it existed, or built by hand). */
    public ProgrammeResult(Programme programme, Outcome outcome, Integer score, Integer scoreMin, Integer scoreMax,
            String directPath, boolean provisional, List<CriterionResult> criteria, List<Gap> gaps) {
        this(programme, outcome, score, scoreMin, scoreMax, directPath, provisional, criteria, gaps, null);
    }
}
