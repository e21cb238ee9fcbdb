package com.techladder.registry.assessment;

import java.util.ResourceBundle;
import java.util.Locale;
import java.text.MessageFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import com.techladder.batch.assessment.StoredAssessment;
import com.techladder.batch.classification.ClassificationRun;
import com.techladder.batch.classification.RunStatus;

/**
 * Serves stored records as they were stored: the result JSON is already the self-check response shape, so the
 * responses only add where it came from ({@code runId}, {@code inputHash}) — no second mapping that could drift.
 */
final class AssessmentResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The API's notices are zh-CN (docs/contracts/http-api.md): said from the zh bundle. */
    private static final ResourceBundle ZH = ResourceBundle.getBundle("messages", Locale.SIMPLIFIED_CHINESE);

    private AssessmentResponses() {
    }

    /**
     * The self-check shape plus {@code runId}, {@code certifiedTier} (already in the result) and {@code inputHash}.
     * What the self-check response derives rather than stores is added here the same way: {@code
     * eligibleTierProvisional}; the days and each subsidy's {@code undetermined} are named even in a result stored
     * before they existed (null days: judged on each window's last day; not undetermined).
     */
    static ObjectNode official(StoredAssessment stored) {
        ObjectNode body = read(stored.result());
        body.put("eligibleTierProvisional", stored.assessment().eligibleTierProvisional());
        putIfAbsent(body, "assessmentDay");
        putIfAbsent(body, "referenceDay");
        body.path("programmes").forEach(p -> putIfAbsent((ObjectNode) p, "referenceDay"));
        body.path("subsidies").forEach(s -> {
            if (!s.has("undetermined")) {
                ((ObjectNode) s).put("undetermined", false);
            }
        });
        body.put("runId", Long.toString(stored.runId()));
        body.put("inputHash", stored.inputHash());
        return body;
    }

    private static void putIfAbsent(ObjectNode node, String field) {
        if (!node.has(field)) {
            node.putNull(field);
        }
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
            body.put("notice", MessageFormat.format(ZH.getString("api.run.notOfficial"), Long.toString(run.id()),
                    run.status().name(), body.path("uscc").asText("{uscc}")));
        }
        return body;
    }

    private static ObjectNode read(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalStateException("stored assessment JSON cannot be read", e);
        }
    }
}
