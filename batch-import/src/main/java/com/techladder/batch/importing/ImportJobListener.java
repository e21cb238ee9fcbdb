package com.techladder.batch.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps data_import in step with the job. A refused file (file-level problem or too many rejected rows) is final:
 * its staging rows are dropped and the job execution is abandoned, so it cannot be "resumed". Any other failure (a
 * crash, a lost connection) leaves the committed chunks staged for {@link ImportService#resume}.
 */
@Component
class ImportJobListener implements JobExecutionListener {

    private final ImportDefinitions definitions;
    private final ImportRecords records;
    private final JdbcTemplate jdbc;
    private final Set<Long> runningHere = ConcurrentHashMap.newKeySet();

    ImportJobListener(ImportDefinitions definitions, ImportRecords records, JdbcTemplate jdbc) {
        this.definitions = definitions;
        this.records = records;
        this.jdbc = jdbc;
    }

    @Override
    public void beforeJob(JobExecution job) {
        runningHere.add(job.getId());
        records.started(ImportRun.of(job, definitions).importId(), job.getId());
    }

    @Override
    public void afterJob(JobExecution job) {
        runningHere.remove(job.getId());
        ImportRun run = ImportRun.of(job, definitions);
        if (job.getStatus() == BatchStatus.COMPLETED) {
            discardUpload(run);
            return;
        }
        ImportRecords.Counts counts = records.counts(run.importId(), run.definition());
        LocalDateTime now = LocalDateTime.now();
        Optional<ImportFileRejectedException> refusal = refusal(job);
        if (refusal.isPresent()) {
            jdbc.update("DELETE FROM " + run.definition().stagingTable() + " WHERE import_id = ?", run.importId());
            records.failed(run.importId(), counts, refusal.get().getMessage(), now);
            job.setStatus(BatchStatus.ABANDONED);
            discardUpload(run);
        } else {
            records.failed(run.importId(), counts, "导入中断（" + rootCause(job) + "）：已处理的行已保存，"
                    + "重新启动该导入即从中断处继续，不会遗漏或重复", now);
        }
    }

    /**
     * The staged copy of the upload is kept only while the import can still be resumed; the registry keeps its name
     * and SHA-256, and the rows themselves (with their history).
     */
    private static void discardUpload(ImportRun run) {
        try {
            Files.deleteIfExists(run.file());
        } catch (IOException e) {
            // a leftover file costs disk space only; the import's outcome stands
        }
    }

    /** Whether the execution is running in this JVM (a STARTED execution that is not was cut off by a crash). */
    boolean isRunningHere(long jobExecutionId) {
        return runningHere.contains(jobExecutionId);
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

    private static String rootCause(JobExecution job) {
        return job.getAllFailureExceptions().stream().findFirst().map(failure -> {
            Throwable t = failure;
            while (t.getCause() != null) {
                t = t.getCause();
            }
            return t.getClass().getSimpleName() + ": " + t.getMessage();
        }).orElse(String.valueOf(job.getExitStatus().getExitDescription()));
    }
}
