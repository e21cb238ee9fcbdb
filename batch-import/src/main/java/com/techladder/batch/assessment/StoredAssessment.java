package com.techladder.batch.assessment;

import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.result.Assessment;

/**
 * An assessment record as stored: the inputs and the result of one enterprise in one run.
 *
 * @param inputs canonical JSON of the enterprise profile evaluated
 * @param result JSON of the assessment (self-check response shape), criteria with their full texts
 */
public record StoredAssessment(long runId, String uscc, String rulesetVersion, String inputHash, String inputs, String result) {

    /** The result, read back. */
    public Assessment assessment() {
        return AssessmentJson.parseResult(result);
    }

    /** The enterprise profile that was evaluated, read back. */
    public EnterpriseProfile profile() {
        return AssessmentJson.parseInputs(inputs);
    }

    /** The stored inputs still match their hash (a replay and a decision trace check it before anything else). */
    public boolean inputsIntact() {
        return AssessmentJson.sha256(inputs).equals(inputHash);
    }
}
