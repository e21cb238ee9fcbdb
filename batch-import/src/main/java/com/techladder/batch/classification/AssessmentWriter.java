package com.techladder.batch.classification;

import com.techladder.batch.assessment.Assessments;
import com.techladder.rules.engine.PolicyEngine;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.result.Assessment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Classifies a chunk of enterprises in one engine pass ({@link PolicyEngine#evaluateAll}) and appends one assessment
 * row per enterprise, counting the chunk into the run's progress and renewing the run's lease — all in the chunk's
 * transaction, which rolls back when the lease was lost.
 */
class AssessmentWriter implements ItemWriter<EnterpriseProfile> {

    private final long runId;
    private final int assessmentYear;
    private final LocalDate assessmentDay;
    private final PolicyEngine engine;
    private final Assessments store;
    private final ClassificationRunRepository runs;
    private final ClassificationLock lock;

    AssessmentWriter(long runId, int assessmentYear, LocalDate assessmentDay, PolicyEngine engine,
            Assessments store, ClassificationRunRepository runs, ClassificationLock lock) {
        this.runId = runId;
        this.assessmentYear = assessmentYear;
        this.assessmentDay = assessmentDay;
        this.engine = engine;
        this.store = store;
        this.runs = runs;
        this.lock = lock;
    }

    @Override
    public void write(Chunk<? extends EnterpriseProfile> chunk) throws Exception {
        List<EnterpriseProfile> profiles = new ArrayList<>(chunk.getItems());
        List<Assessment> assessments = engine.evaluateAll(assessmentYear, assessmentDay, profiles);
        store.append(runId, profiles, assessments);
        runs.addProcessed(runId, profiles.size());
        if (!lock.renew(runId)) {
            // the run was declared dead (its heartbeat stalled past the lease): another run may hold the lock now
            throw new IllegalStateException("the lease of classification run " + runId
                    + " expired: the run was declared interrupted, writing stopped");
        }
    }
}
