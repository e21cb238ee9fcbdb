package com.techladder.batch.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a failed import leaves behind, removed: its staged rows, its row issues, the stored upload, and a job execution
 * that Spring Batch would otherwise count as running. A failed import is final (the registry is untouched); staff
 * retry by uploading the file again.
 */
@Component
class ImportCleanup {

    private final JdbcTemplate jdbc;
    private final JobRepository repository;

    ImportCleanup(JdbcTemplate jdbc, JobRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    /** Drops the staged rows of an import that will never merge; with {@code issues}, its row issues too. */
    void dropStaged(long importId, ImportDefinition definition, boolean issues) {
        jdbc.update("DELETE FROM " + definition.stagingTable() + " WHERE import_id = ?", importId);
        if (issues) {
            jdbc.update("DELETE FROM import_issue WHERE import_id = ?", importId);
        }
    }

    /** Marks an execution cut off by a crash (and its running steps) ABANDONED: it can never be restarted. */
    void abandon(JobExecution execution) {
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.ABANDONED);
                step.setEndTime(now);
                repository.update(step);
            }
        }
        execution.setStatus(BatchStatus.ABANDONED);
        execution.setEndTime(now);
        repository.update(execution);
    }

    /** The registry keeps the upload's name and SHA-256, and the rows themselves; the stored copy is not kept. */
    static void deleteUpload(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover file costs disk space only, and the staging-directory sweep retries it
        }
    }
}
