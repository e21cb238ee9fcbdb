package com.techladder.registry.assessment;

import com.techladder.batch.assessment.Assessments;
import com.techladder.batch.classification.ClassificationProperties;
import com.techladder.batch.classification.ClassificationRuns;
import com.techladder.batch.classification.DataCoverage;
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
    private final Assessments assessments;
    private final ClassificationProperties properties;

    RunLauncher(ClassificationRuns runs, AuditLog auditLog, Assessments assessments,
            ClassificationProperties properties) {
        this.runs = runs;
        this.auditLog = auditLog;
        this.assessments = assessments;
        this.properties = properties;
    }

    /**
     * The year a run assesses unless told otherwise (the nightly run, the console's launch form):
     * {@code techladder.classification.assessment-year} when set, else the year the registry's figures are for (newest
     * fiscal year imported + 1) — not the calendar year, which has no figures yet for most of it.
     */
    public int defaultYear() {
        return properties.assessmentYear() != null ? properties.assessmentYear()
                : assessments.dataYear();
    }

    /** What a run for {@code assessmentYear} would find: callers warn before launching one that would be mostly 资料不足. */
    public DataCoverage coverage(int assessmentYear) {
        return assessments.coverage(assessmentYear);
    }

    /** A run started by the signed-in user; returns its id at once, the run goes on in the background. */
    public long launch(int assessmentYear) {
        return start(assessmentYear, RunTrigger.MANUAL);
    }

    /** The nightly run, for the {@link #defaultYear() default year}. */
    long launchNightly() {
        return start(defaultYear(), RunTrigger.NIGHTLY);
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
