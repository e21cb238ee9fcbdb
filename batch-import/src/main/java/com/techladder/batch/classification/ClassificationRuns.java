package com.techladder.batch.classification;

import com.techladder.rules.engine.PolicyEngine;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.launch.support.TaskExecutorJobLauncher;
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
    private final TaskExecutorJobLauncher launcher;

    public ClassificationRuns(ClassificationRunRepository runs, ClassificationLock lock, RunEngines engines,
            JobRepository jobRepository, Job classificationJob) throws Exception {
        this.runs = runs;
        this.lock = lock;
        this.engines = engines;
        this.jobRepository = jobRepository;
        this.classificationJob = classificationJob;
        // our own launcher, not a bean: it must run jobs in the background without changing anyone else's JobLauncher
        this.launcher = new TaskExecutorJobLauncher();
        launcher.setJobRepository(jobRepository);
        launcher.setTaskExecutor(new SimpleAsyncTaskExecutor("classification-"));
        launcher.afterPropertiesSet();
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
            runId = runs.create(assessmentYear, trigger, engine.rulesetVersion(), engine.parameterSnapshot(),
                    launchedBy, LocalDateTime.now());
            lock.bind(holder, runId);
            launcher.run(classificationJob, parameters(runId, assessmentYear));
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
     * range resumes after its last committed enterprise.
     *
     * @throws RunInProgressException when another run holds the lock
     */
    public void restart(long runId) {
        ClassificationRun run = runs.find(runId).orElseThrow(() -> new IllegalArgumentException("分类运行 " + runId + " 不存在"));
        if (run.status() == RunStatus.COMPLETED) {
            throw new IllegalStateException("分类运行 " + runId + " 已完成，无需重新启动");
        }
        String holder = holder();
        if (!lock.tryAcquire(holder)) {
            throw new RunInProgressException(lock.runningRun().orElse(null));
        }
        try {
            lock.bind(holder, runId);
            JobParameters parameters = parameters(runId, run.assessmentYear());
            abandonIfOrphaned(jobRepository.getLastJobExecution(ClassificationJobConfig.JOB_NAME, parameters));
            launcher.run(classificationJob, parameters);
        } catch (Exception e) {
            lock.release(holder);
            throw e instanceof RuntimeException re ? re : new IllegalStateException("cannot restart the classification", e);
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
