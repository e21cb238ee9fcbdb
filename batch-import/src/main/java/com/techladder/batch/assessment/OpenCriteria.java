package com.techladder.batch.assessment;

import com.techladder.rules.model.Programme;
import com.techladder.rules.result.Assessment;
import com.techladder.rules.result.CriterionStatus;

/**
 * How far an enterprise is from 国家高企: the criteria of its NATIONAL_HTE result not yet MET (NOT_MET or UNKNOWN).
 * Stored with each assessment ({@code assessment.national_hte_open_criteria}) so that the doubling plan's pipeline is
 * ranked and cut in SQL rather than by reading every stored result.
 */
public final class OpenCriteria {

    private OpenCriteria() {
    }

    /** Null when the result has no NATIONAL_HTE programme (then the pipeline ranks it after the known ones). */
    public static Integer ofNationalHte(Assessment assessment) {
        if (assessment.programmes() == null) {
            return null;
        }
        return assessment.programmes().stream()
                .filter(p -> p.programme() == Programme.NATIONAL_HTE).findFirst()
                .map(p -> (int) p.criteria().stream().filter(c -> c.result() != CriterionStatus.MET).count())
                .orElse(null);
    }
}
