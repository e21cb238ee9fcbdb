package com.techladder.batch.importing;

import com.techladder.batch.text.Message;
import java.time.LocalDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps data_import in step with the job. A failed import is final: a refused file (file-level problem or too many
 * rejected rows) keeps its row issues for the rejections CSV; any other failure (a bug, a lost connection) is logged
 * and reported to staff in words, never with the exception's text (it may hold SQL). Either way the staged rows and
 * the upload are dropped and the job execution abandoned: the registry is untouched, and staff retry by uploading the
 * file again. An import cut off by the death of its instance is failed likewise by {@link ImportRecovery}.
 */
@Component
class ImportJobListener implements JobExecutionListener {

    static final Message INTERRUPTED = Message.of("import.text.interrupted");

    private static final Logger log = LoggerFactory.getLogger(ImportJobListener.class);

    private final ImportDefinitions definitions;
    private final ImportRecords records;
    private final ImportCleanup cleanup;
    private final JdbcTemplate jdbc;

    ImportJobListener(ImportDefinitions definitions, ImportRecords records, ImportCleanup cleanup, JdbcTemplate jdbc) {
        this.definitions = definitions;
        this.records = records;
        this.cleanup = cleanup;
        this.jdbc = jdbc;
    }

    @Override
    public void beforeJob(JobExecution job) {
        records.started(ImportRun.of(job, definitions).importId(), job.getId());
    }

    @Override
    public void afterJob(JobExecution job) {
        ImportRun run = ImportRun.of(job, definitions);
        ImportCleanup.deleteUpload(run.file());
        if (job.getStatus() == BatchStatus.COMPLETED) {
            return;
        }
        Optional<ImportFileRejectedException> refusal = refusal(job);
        ImportCounts counts = refusal.isPresent() ? ImportCounts.of(jdbc, run.importId(), run.definition())
                : ImportCounts.NONE;
        cleanup.dropStaged(run.importId(), run.definition(), refusal.isEmpty());
        String message = refusal.map(ImportFileRejectedException::text).orElse(INTERRUPTED).stored();
        if (refusal.isEmpty()) {
            job.getAllFailureExceptions().forEach(e -> log.error("Import {} failed", run.importId(), e));
        }
        records.failed(run.importId(), counts, message, LocalDateTime.now());
        job.setStatus(BatchStatus.ABANDONED);
    }

    private static Optional<ImportFileRejectedException> refusal(JobExecution job) {
        for (Throwable failure : job.getAllFailureExceptions()) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof ImportFileRejectedException refused) {
                    return Optional.of(refused);
                }
            }
        }
        return Optional.empty();
    }
}
