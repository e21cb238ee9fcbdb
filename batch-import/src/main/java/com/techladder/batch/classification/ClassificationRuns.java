package com.techladder.batch.classification;

import com.techladder.batch.text.Message;
import com.techladder.batch.importing.RegistryVersion;
import com.techladder.rules.engine.PolicyEngine;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Starts and restarts classification runs, one at a time across every instance (see {@link ClassificationLock}). The
 * job runs in the background: callers get the run id at once and follow progress on the run row.
 */
@Service
public class ClassificationRuns {

    private final ClassificationRunRepository runs;
    private final ClassificationLock lock;
    private final RunEngines engines;
    private final JobRepository jobRepository;
    private final Job classificationJob;
    private final RunHeartbeat heartbeat;
    private final RegistryVersion registryVersion;
    private final TaskExecutorJobOperator operator;

    public ClassificationRuns(ClassificationRunRepository runs, ClassificationLock lock, RunEngines engines,
            JobRepository jobRepository, Job classificationJob, RunHeartbeat heartbeat, RegistryVersion registryVersion)
            throws Exception {
        this.runs = runs;
        this.heartbeat = heartbeat;
        this.registryVersion = registryVersion;
        this.lock = lock;
        this.engines = engines;
        this.jobRepository = jobRepository;
        this.classificationJob = classificationJob;
        // our own operator, not a bean: it must run jobs in the background without changing anyone else's JobOperator;
        // it starts the job it is handed, so its registry (for launches by job name) stays empty
        this.operator = new TaskExecutorJobOperator();
        operator.setJobRepository(jobRepository);
        operator.setJobRegistry(new MapJobRegistry());
        operator.setTaskExecutor(new SimpleAsyncTaskExecutor("classification-"));
        operator.afterPropertiesSet();
    }

    /** Starts a run under the current rules and parameters. */
    public long start(int assessmentYear, RunTrigger trigger, String launchedBy) {
        return start(assessmentYear, trigger, launchedBy, engines.current());
    }

    /**
     * Starts a run evaluated by {@code engine}; its ruleset version and parameter snapshot are stored with the run.
     *
     * @throws RunInProgressException when another run holds the lock
     */
    public long start(int assessmentYear, RunTrigger trigger, String launchedBy, PolicyEngine engine) {
        String holder = holder();
        if (!lock.tryAcquire(holder)) {
            throw new RunInProgressException(lock.runningRun().orElse(null));
        }
        Long runId = null;
        try {
            failRunsOfDeadInstances();
            runId = runs.create(assessmentYear, trigger, engine.rulesetVersion(), engine.parameterSnapshot(),
                    launchedBy, LocalDateTime.now());
            // read after the lock is ours: a merge committing from now on makes a later restart refuse, never slip by
            runs.recordRegistryVersion(runId, registryVersion.current());
            lock.bind(holder, runId);
            operator.start(classificationJob, parameters(runId, assessmentYear));
            return runId;
        } catch (Exception e) {
            if (runId != null) {
                runs.markFailed(runId, LocalDateTime.now(), "could not be launched: " + e.getMessage());
            }
            lock.release(holder);
            throw e instanceof RuntimeException re ? re : new IllegalStateException("cannot launch the classification", e);
        }
    }

    /**
     * Continues a run that failed or whose instance died: the ranges already written are skipped, each unfinished
     * range resumes after its last committed enterprise. The registry must be the one the run was launched on, so that
     * every assessment of the run is of one registry state.
     *
     * @throws RunInProgressException when another run holds the lock
     * @throws RestartRefusedException when imports changed the registry since the run was launched
     */
    public void restart(long runId) {
        ClassificationRun run = runs.find(runId).orElseThrow(() -> new IllegalArgumentException("no classification run " + runId));
        if (run.status() == RunStatus.COMPLETED) {
            throw new IllegalStateException("classification run " + runId + " is completed: nothing to restart");
        }
        refuseIfRegistryChanged(runId);
        String holder = holder();
        if (!lock.tryAcquire(holder)) {
            throw new RunInProgressException(lock.runningRun().orElse(null));
        }
        try {
            failRunsOfDeadInstances();
            lock.bind(holder, runId);
            JobParameters parameters = parameters(runId, run.assessmentYear());
            abandonIfOrphaned(jobRepository.getLastJobExecution(ClassificationJobConfig.JOB_NAME, parameters));
            operator.start(classificationJob, parameters);
        } catch (Exception e) {
            lock.release(holder);
            throw e instanceof RuntimeException re ? re : new IllegalStateException("cannot restart the classification", e);
        }
    }

    /**
     * Called with the lock just taken: a run still STARTED that no lease holds any more belonged to an instance that
     * died, and taking its lock over declares it so — failed now, not at the next heartbeat. (Failing dead runs before
     * taking the lock left a gap: a lease expiring between the two let the launch in while the dead run showed STARTED.)
     */
    private void failRunsOfDeadInstances() {
        heartbeat.failDeadRuns(LocalDateTime.now());
    }

    private void refuseIfRegistryChanged(long runId) {
        Optional<Long> launchedOn = runs.registryVersion(runId);
        long now = registryVersion.current();
        if (launchedOn.isEmpty()) {
            throw new RestartRefusedException(Message.of("run.text.restartUnknownVersion", runId));
        }
        if (launchedOn.get() != now) {
            throw new RestartRefusedException(Message.of("run.text.restartRegistryChanged", runId,
                    now - launchedOn.get()));
        }
    }

    /**
     * Blocks until the run has ended (its row left STARTED and its lock is released), for callers that must wait for
     * the result, such as tests and the benchmark.
     *
     * @throws IllegalStateException when it has not ended within {@code timeout}
     */
    public ClassificationRun awaitEnd(long runId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            ClassificationRun run = runs.find(runId).orElseThrow();
            if (run.status() != RunStatus.STARTED && lock.runningRun().isEmpty()) {
                return run;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("classification run " + runId + " has not ended within " + timeout);
            }
            Thread.sleep(50);
        }
    }

    /**
     * An execution still marked running while we hold the lock belongs to an instance that died (its lease expired):
     * mark it failed so that Spring Batch lets it restart.
     */
    private void abandonIfOrphaned(JobExecution last) {
        if (last == null || !last.isRunning()) {
            return;
        }
        for (StepExecution step : last.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setEndTime(LocalDateTime.now());
                jobRepository.update(step);
            }
        }
        last.setStatus(BatchStatus.FAILED);
        last.setEndTime(LocalDateTime.now());
        jobRepository.update(last);
    }

    private static JobParameters parameters(long runId, int assessmentYear) {
        return new JobParametersBuilder()
                .addLong("runId", runId)
                .addLong("assessmentYear", (long) assessmentYear)
                .toJobParameters();
    }

    private static String holder() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    }
}
