package com.techladder.registry.assessment;

import com.techladder.batch.classification.ClassificationRuns;
import com.techladder.batch.classification.RunInProgressException;
import com.techladder.batch.classification.RunTrigger;
import com.techladder.registry.audit.AuditLog;
import org.springframework.stereotype.Service;

/**
 * Launches classification runs on behalf of the signed-in user (API and console) or of the schedule, and writes each
 * launch to the audit log. One run at a time: a launch while another run is in progress throws
 * {@link RunInProgressException}.
 */
@Service
public class RunLauncher {

    private final ClassificationRuns runs;
    private final AuditLog auditLog;

    RunLauncher(ClassificationRuns runs, AuditLog auditLog) {
        this.runs = runs;
        this.auditLog = auditLog;
    }

    /** A run started by the signed-in user; returns its id at once, the run goes on in the background. */
    public long launch(int assessmentYear) {
        return start(assessmentYear, RunTrigger.MANUAL);
    }

    long launchNightly(int assessmentYear) {
        return start(assessmentYear, RunTrigger.NIGHTLY);
    }

    /** Continues a run that failed or whose instance died, after its last committed chunk. */
    public void restart(long runId) {
        runs.restart(runId);
        auditLog.record("CLASSIFICATION_RUN_RESTARTED", target(runId), null);
    }

    static String target(long runId) {
        return "classification-run/" + runId;
    }

    private long start(int assessmentYear, RunTrigger trigger) {
        long runId = runs.start(assessmentYear, trigger, AuditLog.currentUser());
        auditLog.record("CLASSIFICATION_RUN_LAUNCHED", target(runId),
                "{\"assessmentYear\":" + assessmentYear + ",\"trigger\":\"" + trigger + "\"}");
        return runId;
    }
}
