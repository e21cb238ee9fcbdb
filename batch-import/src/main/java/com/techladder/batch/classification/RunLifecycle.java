package com.techladder.batch.classification;

import java.time.LocalDateTime;
import java.util.stream.Collectors;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;

/**
 * Keeps the run row in step with the job: STARTED while it runs (again, on a restart), with its lease renewed by the
 * heartbeat, then COMPLETED or FAILED; the lock is released either way. A completed run is announced ({@link RunCompleted}).
 */
@Component
class RunLifecycle implements JobExecutionListener {

    private final ClassificationRunRepository runs;
    private final ClassificationLock lock;
    private final RunHeartbeat heartbeat;
    private final ApplicationEventPublisher events;

    RunLifecycle(ClassificationRunRepository runs, ClassificationLock lock, RunHeartbeat heartbeat,
            ApplicationEventPublisher events) {
        this.runs = runs;
        this.lock = lock;
        this.heartbeat = heartbeat;
        this.events = events;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        runs.markStarted(runId(execution));
        heartbeat.begin(runId(execution));
    }

    @Override
    public void afterJob(JobExecution execution) {
        long runId = runId(execution);
        boolean completed = false;
        try {
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                runs.markCompleted(runId, LocalDateTime.now());
                completed = true;
            } else {
                String causes = execution.getAllFailureExceptions().stream()
                        .map(NestedExceptionUtils::getMostSpecificCause)
                        .map(e -> e.getClass().getSimpleName() + ": " + e.getMessage())
                        .distinct()
                        .collect(Collectors.joining("; "));
                runs.markFailed(runId, LocalDateTime.now(), causes.isEmpty() ? execution.getStatus().name() : causes);
            }
        } finally {
            heartbeat.end(runId);
            lock.releaseRun(runId);
        }
        if (completed) {
            events.publishEvent(new RunCompleted(runId));
        }
    }

    private static long runId(JobExecution execution) {
        return execution.getJobParameters().getLong("runId");
    }
}
