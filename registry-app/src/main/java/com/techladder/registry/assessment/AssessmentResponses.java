package com.techladder.registry.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.techladder.batch.classification.ClassificationRun;
import com.techladder.batch.classification.RunStatus;

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

    /**
     * Adds the run's status: {@code official} is true only for a COMPLETED run; any other record carries a notice
     * saying it is not an official result.
     */
    static ObjectNode withRunStatus(ObjectNode body, ClassificationRun run) {
        boolean completed = run.status() == RunStatus.COMPLETED;
        body.put("runStatus", run.status().name());
        body.put("official", completed);
        if (!completed) {
            body.put("notice", "分类运行 " + run.id() + " 未完成（状态 " + run.status() + "）：本记录不是正式评价结果，"
                    + "企业的正式评价见 /api/v1/enterprises/" + body.path("uscc").asText("{uscc}") + "/assessment");
        }
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
