package com.techladder.batch.importing;

import com.techladder.batch.text.Message;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import com.techladder.batch.lease.Heartbeat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps imports honest across crashes, with several instances on one database. Each instance has an id of its own
 * ({@link #owner()}), writes it on the imports it starts and renews their heartbeat every
 * {@code techladder.import.heartbeat}. At start-up and on every beat it looks for imports cut off by the death of
 * their instance — STARTED with a heartbeat older than {@code techladder.import.lease} — and fails each with a reason
 * staff can act on, dropping its staged rows and its upload. A live instance's import is never touched: its heartbeat
 * is fresh, and the merge re-checks ownership under the row lock ({@link #confirmOwnership}).
 */
@Component
public class ImportRecovery extends Heartbeat {

    static final Message CUT_OFF = Message.of("import.text.cutOff");

    private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final ImportRecords records;
    private final ImportDefinitions definitions;
    private final ImportCleanup cleanup;
    private final ImportProperties properties;
    private final JobRepository jobRepository;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    /** Imports this instance is merging: each merge's transaction holds the import's row. */
    private final Set<Long> merging = ConcurrentHashMap.newKeySet();
    /** Imports of other instances found locked, each logged once. */
    private final Set<Long> lockedByAMerge = ConcurrentHashMap.newKeySet();

    ImportRecovery(ImportRecords records, ImportDefinitions definitions, ImportCleanup cleanup,
            ImportProperties properties, JobRepository jobRepository, JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager) {
        super("import-heartbeat", properties.heartbeat());
        this.records = records;
        this.definitions = definitions;
        this.cleanup = cleanup;
        this.properties = properties;
        this.jobRepository = jobRepository;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** This instance's id, as written in data_import.owner. */
    String owner() {
        return owner;
    }

    /** One beat: renews this instance's imports, then recovers those of dead instances. */
    @Override
    public void beat() {
        LocalDateTime now = LocalDateTime.now();
        try {
            records.heartbeat(owner, now, Set.copyOf(merging));
        } catch (QueryTimeoutException | PessimisticLockingFailureException e) {
            // a merge began between choosing the rows and updating them: its import was renewed by the merge, the
            // others are at the next beat, well within the lease
            log.debug("Import heartbeat waited for a merge's row lock, renewed at the next beat: {}", e.toString());
        }
        recoverCutOff(now);
    }

    /**
     * Fails every import cut off by a dead instance, as of {@code now}; answers their ids. This instance's merging
     * imports are alive whatever their last committed beat says (a long merge outlasts the lease: its transaction
     * holds the row and the renewal it made). Another import whose row stays locked is being merged by a live
     * instance: waiting for that lock timed out (H2), and it is left alone until a later beat finds it unlocked.
     */
    List<Long> recoverCutOff(LocalDateTime now) {
        LocalDateTime staleBefore = now.minus(properties.lease());
        // one transaction per import: staff see it FAILED only once nothing of it is left
        return records.cutOff(staleBefore).stream()
                .filter(importId -> !merging.contains(importId))
                .filter(importId -> recover(importId, staleBefore, now))
                .toList();
    }

    private boolean recover(long importId, LocalDateTime staleBefore, LocalDateTime now) {
        try {
            boolean recovered = Boolean.TRUE.equals(transactions.execute(status -> failAndCleanUp(importId,
                    staleBefore, now)));
            lockedByAMerge.remove(importId);
            return recovered;
        } catch (QueryTimeoutException | PessimisticLockingFailureException e) {
            if (lockedByAMerge.add(importId)) {
                log.info("Import {} has a stale heartbeat but its row is locked, by the merge of a live instance: "
                        + "left alone ({})", importId, e.getClass().getSimpleName());
            }
            return false;
        }
    }

    /**
     * Called by the merge in its transaction: true when this instance still owns the STARTED import, which is then
     * locked against recovery until the merge commits. Until then the heartbeat leaves it to the merge.
     */
    boolean confirmOwnership(long importId) {
        // marked before the row is locked, so that no beat starts an update that would wait for the merge
        merging.add(importId);
        boolean owned = false;
        try {
            owned = records.stillOwned(importId, owner, LocalDateTime.now());
        } finally {
            if (owned && TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        merging.remove(importId);
                    }
                });
            } else {
                merging.remove(importId);
            }
        }
        return owned;
    }

    private boolean failAndCleanUp(long importId, LocalDateTime staleBefore, LocalDateTime now) {
        if (!records.failCutOff(importId, staleBefore, CUT_OFF.stored(), now)) {
            return false; // renewed meanwhile, or another instance recovered it first
        }
        log.warn("Import {} was cut off by the death of its instance: marked FAILED, staged rows dropped", importId);
        ImportRecord record = records.findById(importId).orElseThrow();
        cleanup.dropStaged(importId, definitions.of(record.kind()), true);
        record.jobExecutionId().map(jobRepository::getJobExecution).ifPresent(execution -> {
            if (execution.isRunning()) {
                cleanup.abandon(execution);
            }
            ImportCleanup.deleteUpload(ImportRun.of(execution, definitions).file());
        });
        return true;
    }

    /**
     * Uploads in the staging directory that no running import needs and older than the lease: left by an instance
     * killed before its import was recorded, or whose import another instance recovered without seeing this disk.
     */
    @Override
    protected void first() {
        sweepStagingDirectory();
    }

    void sweepStagingDirectory() {
        Path dir = properties.stagingDir();
        if (!Files.isDirectory(dir)) {
            return;
        }
        // SQL: the files come from Spring Batch's job parameters, which are no entity of ours
        Set<Path> needed = jdbc.queryForList("SELECT p.parameter_value FROM batch_job_execution_params p "
                + "JOIN data_import d ON d.job_execution_id = p.job_execution_id WHERE d.status = ? "
                + "AND p.parameter_name = ?", String.class, ImportStatus.STARTED, ImportRun.FILE).stream()
                .map(Path::of).collect(Collectors.toSet());
        Instant staleBefore = Instant.now().minus(properties.lease());
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(file -> file.getFileName().toString().endsWith(".csv"))
                    .filter(file -> !needed.contains(file.toAbsolutePath()))
                    .filter(file -> modifiedBefore(file, staleBefore))
                    .forEach(ImportCleanup::deleteUpload);
        } catch (IOException e) {
            log.warn("Staging directory {} could not be swept: {}", dir, e.toString());
        }
    }

    private static boolean modifiedBefore(Path file, Instant instant) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(instant);
        } catch (IOException e) {
            return false;
        }
    }
}
