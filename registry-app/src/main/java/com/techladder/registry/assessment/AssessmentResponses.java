package com.techladder.registry.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Serves stored records as they were stored: the result JSON is already the self-check response shape, so the
 * responses only add where it came from ({@code runId}, {@code inputHash}) — no second mapping that could drift.
 */
final class AssessmentResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AssessmentResponses() {
    }

    /** The self-check shape plus {@code runId}, {@code certifiedTier} (already in the result) and {@code inputHash}. */
    static ObjectNode official(StoredAssessment stored) {
        ObjectNode body = read(stored.result());
        body.put("runId", Long.toString(stored.runId()));
        body.put("inputHash", stored.inputHash());
        return body;
    }

    /** {@link #official} plus the inputs the result was computed from: everything an auditor needs to check it. */
    static ObjectNode decisionTrace(StoredAssessment stored) {
        ObjectNode body = official(stored);
        body.set("inputs", read(stored.inputs()));
        return body;
    }

    private static ObjectNode read(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored assessment JSON cannot be read", e);
        }
    }
}
