package com.techladder.rules.engine;

import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.result.Assessment;
import java.time.LocalDate;
import java.util.List;

/**
 * Evaluates enterprises against every programme and subsidy as of an assessment year. Thread-safe; the KieBase is
 * built once per engine (executable model compiled at build time), never per enterprise.
 */
public interface PolicyEngine {

    /** Identifier derived from the content of the rules and the parameter values this engine uses. */
    String rulesetVersion();

    /** The parameter values in force, as a canonical JSON document, stored with each run for replay. */
    String parameterSnapshot();

    /**
     * Evaluates many enterprises in one engine pass; results in input order. {@code assessmentDay} is the day the
     * assessment is made (today for a self-check, the launch day of a run, the stored day on replay): each programme's
     * day-dependent criteria are judged on it clamped into that programme's evaluation window of the assessment year
     * ({@link Assessment#referenceDay()}). Null when not recorded: the windows' last days apply.
     */
    List<Assessment> evaluateAll(int assessmentYear, LocalDate assessmentDay, List<EnterpriseProfile> enterprises);

    /**
     * The oldest accounting year the rules read for {@code assessmentYear}: the three-year window (Y−3..Y−1) or the
     * fraud ban's years (Y−1−n..Y−1), whichever reaches further back. They read every year from it through Y itself
     * (Y's record: the current year's integrity flags), so a loader should supply all of them.
     */
    int firstFiscalYearRead(int assessmentYear);

    /** Evaluates with no assessment day recorded: judged on the last day of each evaluation window. */
    default List<Assessment> evaluateAll(int assessmentYear, List<EnterpriseProfile> enterprises) {
        return evaluateAll(assessmentYear, null, enterprises);
    }

    default Assessment evaluate(int assessmentYear, LocalDate assessmentDay, EnterpriseProfile enterprise) {
        return evaluateAll(assessmentYear, assessmentDay, List.of(enterprise)).get(0);
    }

    /** Evaluates with no assessment day recorded: judged on the last day of each evaluation window. */
    default Assessment evaluate(int assessmentYear, EnterpriseProfile enterprise) {
        return evaluate(assessmentYear, null, enterprise);
    }
}
