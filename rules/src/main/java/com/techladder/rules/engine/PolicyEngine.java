package com.techladder.rules.engine;

import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.result.Assessment;
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

    /** Evaluates many enterprises in one engine pass; results in input order. */
    List<Assessment> evaluateAll(int assessmentYear, List<EnterpriseProfile> enterprises);

    default Assessment evaluate(int assessmentYear, EnterpriseProfile enterprise) {
        return evaluateAll(assessmentYear, List.of(enterprise)).get(0);
    }
}
