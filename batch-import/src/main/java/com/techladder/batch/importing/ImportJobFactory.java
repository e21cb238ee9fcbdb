package com.techladder.batch.importing;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds an import job: {@code inspect} (file-level checks) → {@code stage} (chunks of rows checked and staged,
 * restartable) → {@code merge} (one set-based transaction into the registry).
 */
@Component
public class ImportJobFactory {

    private final JobRepository repository;
    private final PlatformTransactionManager transactions;
    private final InspectTasklet inspect;
    private final MergeTasklet merge;
    private final ImportJobListener listener;
    private final ValidatingRowReader reader;
    private final StagingWriter writer;

    ImportJobFactory(JobRepository repository, PlatformTransactionManager transactions,
            InspectTasklet inspect, MergeTasklet merge, ImportJobListener listener, ValidatingRowReader importRowReader,
            StagingWriter importStagingWriter) {
        this.repository = repository;
        this.transactions = transactions;
        this.inspect = inspect;
        this.merge = merge;
        this.listener = listener;
        this.reader = importRowReader;
        this.writer = importStagingWriter;
    }

    public Job build(ImportKind kind) {
        String name = kind.jobName();
        Step inspectStep = new StepBuilder(name + ".inspect", repository).tasklet(inspect, transactions).build();
        Step stageStep = new StepBuilder(name + ".stage", repository)
                // one item is a whole chunk of rows (RowBatch): a transaction per chunk of chunk-size rows
                .<RowBatch, RowBatch>chunk(1, transactions)
                .reader(reader)
                .writer(writer)
                .build();
        Step mergeStep = new StepBuilder(name + ".merge", repository).tasklet(merge, transactions).build();
        return new JobBuilder(name, repository)
                .listener(listener)
                .start(inspectStep)
                .next(stageStep)
                .next(mergeStep)
                .build();
    }
}
