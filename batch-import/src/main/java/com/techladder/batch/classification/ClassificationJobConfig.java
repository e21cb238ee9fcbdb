package com.techladder.batch.classification;

import com.techladder.batch.assessment.Assessments;
import com.techladder.rules.engine.PolicyEngine;
import com.techladder.rules.engine.EngineInForce;
import com.techladder.rules.model.EnterpriseProfile;
import java.time.Clock;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code classificationJob}: one partitioned step; each partition streams a USCC range through the policy engine a
 * chunk at a time and appends the assessments. Job parameters: {@code runId} (the {@code classification_run} row,
 * created before launch) and {@code assessmentYear}.
 */
@Configuration
@EnableConfigurationProperties(ClassificationProperties.class)
class ClassificationJobConfig {

    static final String JOB_NAME = "classificationJob";

    /** New runs follow the parameter version in force (the registry's, when it keeps versions; else the shipped one). */
    @Bean
    RunEngines runEngines(ObjectProvider<EngineInForce> inForce) {
        return new RunEngines(() -> inForce.getIfAvailable(EngineInForce::shipped).engine());
    }

    @Bean
    ClassificationLock classificationLock(JdbcTemplate jdbc, ClassificationProperties properties) {
        return new ClassificationLock(jdbc, properties.lease(), Clock.systemDefaultZone());
    }

    @Bean
    Job classificationJob(JobRepository jobRepository, Step classificationStep, RunLifecycle lifecycle) {
        return new JobBuilder(JOB_NAME, jobRepository).listener(lifecycle).start(classificationStep).build();
    }

    @Bean
    Step classificationStep(JobRepository jobRepository, Step classificationRangeStep, UsccRangePartitioner partitioner,
            ClassificationProperties properties) {
        // not a bean: an Executor bean would replace Spring Boot's applicationTaskExecutor for the whole application
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("classification-range-");
        executor.setConcurrencyLimit(properties.partitions());
        return new StepBuilder("classificationStep", jobRepository)
                .partitioner("classificationRangeStep", partitioner)
                .step(classificationRangeStep)
                .gridSize(properties.partitions())
                .taskExecutor(executor)
                .build();
    }

    @Bean
    Step classificationRangeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            EnterpriseProfileReader classificationReader, AssessmentWriter classificationWriter,
            ClassificationProperties properties, ObjectProvider<ItemWriteListener<EnterpriseProfile>> listeners) {
        // a chunk of chunk-size enterprises per transaction: read, evaluated and appended together with the restart point
        ChunkOrientedStepBuilder<EnterpriseProfile, EnterpriseProfile> step = new StepBuilder("classificationRangeStep",
                jobRepository)
                .<EnterpriseProfile, EnterpriseProfile>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(classificationReader)
                .writer(classificationWriter);
        listeners.orderedStream().forEach(step::listener);
        return step.build();
    }

    @Bean
    @StepScope
    UsccRangePartitioner classificationPartitioner(JdbcTemplate jdbc, ClassificationRunRepository runs,
            @Value("#{jobParameters['runId']}") Long runId) {
        return new UsccRangePartitioner(jdbc, runs, runId);
    }

    @Bean
    @StepScope
    EnterpriseProfileReader classificationReader(JdbcTemplate jdbc, ClassificationProperties properties,
            ClassificationRunRepository runs, RunEngines engines,
            @Value("#{stepExecutionContext['after']}") String after,
            @Value("#{stepExecutionContext['upTo']}") String upTo,
            @Value("#{jobParameters['runId']}") Long runId,
            @Value("#{jobParameters['assessmentYear']}") Long assessmentYear) {
        int year = assessmentYear.intValue();
        // every accounting year the run's rules read: the three-year window, the years of the fraud ban, Y itself
        int firstYear = engines.forSnapshot(run(runs, runId).parameterSnapshot()).firstFiscalYearRead(year);
        return new EnterpriseProfileReader(jdbc, after, upTo, firstYear, year, properties.chunkSize());
    }

    @Bean
    @StepScope
    AssessmentWriter classificationWriter(Assessments store, ClassificationRunRepository runs, RunEngines engines,
            ClassificationLock lock, @Value("#{jobParameters['runId']}") Long runId,
            @Value("#{jobParameters['assessmentYear']}") Long assessmentYear) {
        ClassificationRun run = run(runs, runId);
        return new AssessmentWriter(runId, assessmentYear.intValue(), run.assessmentDay(),
                engines.forSnapshot(run.parameterSnapshot()), store, runs, lock);
    }

    private static ClassificationRun run(ClassificationRunRepository runs, Long runId) {
        return runs.find(runId)
                .orElseThrow(() -> new IllegalStateException("classification run " + runId + " does not exist"));
    }
}
