package com.techladder.registry.assessment;

/**
 * An assessment record as stored: the inputs and the result of one enterprise in one run.
 *
 * @param inputs canonical JSON of the enterprise profile evaluated
 * @param result JSON of the assessment (self-check response shape)
 */
public record StoredAssessment(long runId, String uscc, String rulesetVersion, String inputHash, String inputs, String result) {
}
