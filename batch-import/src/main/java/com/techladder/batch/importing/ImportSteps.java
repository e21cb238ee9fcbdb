package com.techladder.batch.importing;

import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The three steps every import job runs, for the job configurations of the kinds ({@code enterprises},
 * {@code certificates}) to put in order: {@code inspect} (file-level checks, one transaction) → {@code stage} (the
 * rows checked and staged {@code techladder.import.chunk-size} rows per transaction, restartable after the last
 * committed chunk) → {@code merge} (one set-based transaction into the registry). The steps' reader and writer are
 * step-scoped ({@link ImportConfiguration}), so one pair of beans serves both kinds.
 */
public final class ImportSteps {

    private final JobRepository repository;
    private final PlatformTransactionManager transactions;
    private final InspectTasklet inspect;
    private final ValidatingRowReader reader;
    private final StagingWriter writer;
    private final MergeTasklet merge;
    private final ImportJobListener listener;
    private final int chunkSize;

    ImportSteps(JobRepository repository, PlatformTransactionManager transactions, InspectTasklet inspect,
            ValidatingRowReader reader, StagingWriter writer, MergeTasklet merge, ImportJobListener listener,
            int chunkSize) {
        this.repository = repository;
        this.transactions = transactions;
        this.inspect = inspect;
        this.reader = reader;
        this.writer = writer;
        this.merge = merge;
        this.listener = listener;
        this.chunkSize = chunkSize;
    }

    /** The job of the kind, with the listener that keeps its data_import row in step. */
    public JobBuilder job(ImportKind kind) {
        return new JobBuilder(kind.jobName(), repository).listener(listener);
    }

    public Step inspect(ImportKind kind) {
        return new StepBuilder(kind.jobName() + ".inspect", repository).tasklet(inspect, transactions).build();
    }

    public Step stage(ImportKind kind) {
        return new StepBuilder(kind.jobName() + ".stage", repository)
                .<ValidatedRow, ValidatedRow>chunk(chunkSize)
                .transactionManager(transactions)
                .reader(reader)
                .writer(writer)
                .build();
    }

    public Step merge(ImportKind kind) {
        return new StepBuilder(kind.jobName() + ".merge", repository).tasklet(merge, transactions).build();
    }
}
