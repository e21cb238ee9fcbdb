package com.techladder.rules.facts;

/**
 * The enterprise under assessment, as the key that ties its facts and work sheets together in a rule's {@code when}
 * ({@code LatestFigures( enterprise == $s.enterprise )}). Compared by identity: one per enterprise and evaluation.
 */
public final class Enterprise {

    private final String uscc;
    private final int assessmentYear;

    public Enterprise(String uscc, int assessmentYear) {
        this.uscc = uscc;
        this.assessmentYear = assessmentYear;
    }

    public String getUscc() {
        return uscc;
    }

    /** The assessment year Y: figures are of Y−1, the window Y−3..Y−1. */
    public int getAssessmentYear() {
        return assessmentYear;
    }

    @Override
    public String toString() {
        return uscc + "@" + assessmentYear;
    }
}
