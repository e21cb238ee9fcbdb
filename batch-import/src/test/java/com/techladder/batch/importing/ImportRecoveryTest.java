package com.techladder.batch.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.techladder.batch.DatabaseSpecific;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The recovery logic of imports cut off by the death of their instance, fast (ImportKillTest kills a real process):
 * which imports count as cut off when several instances share the database, and what is left after recovery.
 */
@DatabaseSpecific
class ImportRecoveryTest extends ImportTestSupport {

    @Autowired
    private ImportRecovery recovery;
    @Autowired
    private ImportRecords records;
    @Autowired
    private JobRepository jobRepository;
    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void anImportWhoseInstanceStoppedBeatingIsFailedWithAReasonAndItsStagedRowsAndUploadAreRemoved() throws Exception {
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
        Path upload = file("cut-off.csv", "uscc,name,programme,issued_on\n");
        long importId = stagedImport("dead-instance", now.minusSeconds(31), upload);

        assertThat(recovery.recoverCutOff(now)).containsExactly(importId);

        ImportStatus status = imports.find(importId).orElseThrow();
        assertThat(status.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(status.message()).isEqualTo(ImportRecovery.CUT_OFF.stored()).doesNotContain("SQL");
        assertThat(status.finishedAt()).isEqualTo(now);
        assertThat(count("SELECT COUNT(*) FROM import_staging_certificate WHERE import_id = ?", importId)).isZero();
        assertThat(count("SELECT COUNT(*) FROM import_issue WHERE import_id = ?", importId)).isZero();
        assertThat(Files.exists(upload)).isFalse();
        long execution = records.findById(importId).orElseThrow().jobExecutionId().orElseThrow();
        assertThat(jobRepository.getJobExecution(execution).getStatus()).isEqualTo(BatchStatus.ABANDONED);
        assertThat(recovery.recoverCutOff(now.plusMinutes(1))).as("recovered once").isEmpty();
    }

    @Test
    void anotherLiveInstancesImportIsNeverTouched() throws Exception {
        LocalDateTime now = LocalDateTime.now();
        Path upload = file("live.csv", "uscc,name,programme,issued_on\n");
        long importId = stagedImport("live-instance", now.minusSeconds(29), upload);

        assertThat(recovery.recoverCutOff(now)).isEmpty();

        assertThat(imports.find(importId).orElseThrow().status()).isEqualTo(ImportStatus.STARTED);
        assertThat(count("SELECT COUNT(*) FROM import_staging_certificate WHERE import_id = ?", importId)).isEqualTo(1);
        assertThat(Files.exists(upload)).isTrue();
    }

    @Test
    void theBeatKeepsThisInstancesOwnImportsAliveAndTheMergeChecksOwnership() throws Exception {
        LocalDateTime longAgo = LocalDateTime.now().minusMinutes(5);
        long own = stagedImport(recovery.owner(), longAgo, file("own.csv", "x\n"));
        long dead = stagedImport("dead-instance", longAgo, file("dead.csv", "x\n"));

        recovery.beat();

        assertThat(imports.find(own).orElseThrow().status()).isEqualTo(ImportStatus.STARTED);
        assertThat(imports.find(dead).orElseThrow().status()).isEqualTo(ImportStatus.FAILED);
        assertThat(recovery.confirmOwnership(own)).isTrue();
        assertThat(recovery.confirmOwnership(dead)).as("a merge of an import declared cut off must not go on").isFalse();
    }

    @Test
    void aMergeOutlastingTheLeaseKeepsItsImportAliveAndTheBeatNeitherWaitsForItNorFails() throws Exception {
        LocalDateTime longAgo = LocalDateTime.now().minusMinutes(5);
        long merging = stagedImport(recovery.owner(), longAgo, file("merging.csv", "x\n"));
        long staging = stagedImport(recovery.owner(), longAgo, file("staging.csv", "x\n"));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService mergeThread = Executors.newSingleThreadExecutor();
        // as MergeTasklet does: ownership confirmed in the merge's transaction, whose row lock lasts until it ends
        Future<Boolean> merge = mergeThread.submit(() -> new TransactionTemplate(transactionManager).execute(status -> {
            boolean owned = recovery.confirmOwnership(merging);
            locked.countDown();
            awaitQuietly(release);
            return owned;
        }));
        try {
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            // the merging import's committed beat is five minutes old, far beyond the lease: only the lock is fresh
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> recovery.beat(),
                    "before, the beat's update waited for the merge's lock (on H2 until it timed out)");

            assertThat(heartbeat(staging)).as("this instance's other import renewed").isAfter(longAgo);
            assertThat(imports.find(merging).orElseThrow().status()).isEqualTo(ImportStatus.STARTED);
        } finally {
            release.countDown();
            mergeThread.shutdown();
        }
        assertThat(merge.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(imports.find(merging).orElseThrow().status()).as("never declared cut off")
                .isEqualTo(ImportStatus.STARTED);
        assertThat(heartbeat(merging)).as("renewed by the merge itself").isAfter(longAgo);
    }

    private LocalDateTime heartbeat(long importId) {
        return jdbc.queryForObject("SELECT heartbeat_at FROM data_import WHERE id = ?", Timestamp.class, importId)
                .toLocalDateTime();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anImportLeftWithoutAHeartbeatByAnOlderVersionIsCutOff() {
        long importId = records.create(ImportKind.CERTIFICATES, "old.csv", "0".repeat(64), null, "staff", null,
                LocalDateTime.now());
        jdbc.update("UPDATE data_import SET heartbeat_at = NULL WHERE id = ?", importId);

        assertThat(recovery.recoverCutOff(LocalDateTime.now())).containsExactly(importId);
    }

    /**
     * The import record is JPA, the step's other writes SQL: with the one transaction manager (JPA's, as in the
     * application) they commit or roll back together, as the merge's completion does with the registry's rows.
     */
    @Test
    void theImportRecordAndTheStepsSqlCommitOrRollBackAsOne() {
        assertThat(transactionManager).isInstanceOf(JpaTransactionManager.class);
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
        long importId = records.create(ImportKind.CERTIFICATES, "one.csv", "0".repeat(64), null, "staff",
                recovery.owner(), now);
        TransactionTemplate step = new TransactionTemplate(transactionManager);
        String issue = "INSERT INTO import_issue (import_id, line, column_name, cell_value, reason, severity) "
                + "VALUES (?, 2, NULL, NULL, 'x', 'WARNING')";

        assertThatThrownBy(() -> step.executeWithoutResult(status -> {
            records.completed(importId, new ImportCounts(1, 0, 1), 1, "done", now);
            records.flush();
            jdbc.update(issue, importId);
            throw new IllegalStateException("the step fails after both writes");
        })).hasMessageContaining("the step fails");
        assertThat(records.find(importId).orElseThrow().status()).isEqualTo(ImportStatus.STARTED);
        assertThat(count("SELECT COUNT(*) FROM import_issue WHERE import_id = ?", importId)).isZero();

        step.executeWithoutResult(status -> {
            records.completed(importId, new ImportCounts(1, 0, 1), 1, "done", now);
            jdbc.update(issue, importId);
        });
        ImportStatus completed = records.find(importId).orElseThrow();
        assertThat(completed.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(completed.warnings()).isEqualTo(1);
        assertThat(completed.finishedAt()).isEqualTo(now);
        assertThat(count("SELECT COUNT(*) FROM import_issue WHERE import_id = ?", importId)).isEqualTo(1);
    }

    /**
     * A lifecycle step writes only the columns it changed: a heartbeat the beat renews between the step's read of the
     * record and its commit is not written back with the value read (which would make a live import look cut off).
     */
    @Test
    void aStepsWriteLeavesTheHeartbeatRenewedMeanwhile() throws Exception {
        LocalDateTime started = LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS).minusMinutes(1);
        long importId = records.create(ImportKind.CERTIFICATES, "beat.csv", "0".repeat(64), null, "staff",
                recovery.owner(), started);
        LocalDateTime renewed = started.plusSeconds(30);
        ExecutorService beat = Executors.newSingleThreadExecutor();
        try {
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                records.encoding(importId, "GB18030");
                try {
                    beat.submit(() -> records.heartbeat(recovery.owner(), renewed, Set.of()))
                            .get(60, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } finally {
            beat.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT heartbeat_at FROM data_import WHERE id = ?", LocalDateTime.class,
                importId)).isEqualTo(renewed);
        assertThat(records.find(importId).orElseThrow().encoding()).isEqualTo("GB18030");
    }

    /** What a killed instance leaves: a STARTED import with a running execution, one staged row, the upload. */
    private long stagedImport(String owner, LocalDateTime lastBeat, Path upload) throws Exception {
        long importId = records.create(ImportKind.CERTIFICATES, upload.getFileName().toString(), "0".repeat(64), null,
                "staff", owner, lastBeat);
        JobParameters parameters = ImportRun.parameters(importId, upload, null);
        JobExecution execution = jobRepository.createJobExecution(
                jobRepository.createJobInstance(ImportKind.CERTIFICATES.jobName(), parameters), parameters,
                new ExecutionContext());
        execution.setStatus(BatchStatus.STARTED);
        jobRepository.update(execution);
        records.started(importId, execution.getId());
        jdbc.update("UPDATE data_import SET heartbeat_at = ? WHERE id = ?", Timestamp.valueOf(lastBeat), importId);
        jdbc.update("INSERT INTO import_staging_certificate (import_id, line, uscc, name, programme, issued_on, "
                + "certificate_key, row_hash) VALUES (?, 2, ?, '福州甲', 'TECH_SME', DATE '2024-01-01', 'k', ?)",
                importId, USCC_A, "0".repeat(64));
        jdbc.update("INSERT INTO import_issue (import_id, line, column_name, cell_value, reason, severity) "
                + "VALUES (?, 3, NULL, NULL, 'x', 'REJECTED')", importId);
        return importId;
    }
}
