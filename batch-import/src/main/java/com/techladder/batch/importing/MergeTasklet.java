package com.techladder.batch.importing;

import java.util.Locale;
import com.techladder.batch.text.Message;
import java.time.LocalDateTime;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Last step of an import job, one transaction: applies the rejected-share limit, keeps only the last row of a key
 * repeated within the file, merges the staged rows into the registry set-based (the import's definition decides what
 * stays staged as history), advances the registry's version ({@link RegistryVersion}) and marks the import COMPLETED.
 * Until this commits, nothing of the file is visible in the registry.
 */
@Component
class MergeTasklet implements Tasklet {

    /**
     * Merges of two imports touching the same keys would otherwise race on the registry's unique keys. The row lock on
     * import_merge_lock serialises merges across application instances; this JVM's own merges queue here first, so
     * that on H2 (whose lock timeout is short) they wait for each other rather than time out.
     */
    private static final ReentrantLock MERGE_LOCK = new ReentrantLock();

    private final ImportDefinitions definitions;
    private final ImportProperties properties;
    private final ImportRecords records;
    private final JdbcTemplate jdbc;
    private final ImportRecovery recovery;
    private final ApplicationEventPublisher events;

    MergeTasklet(ImportDefinitions definitions, ImportProperties properties, ImportRecords records, JdbcTemplate jdbc,
            ImportRecovery recovery, ApplicationEventPublisher events) {
        this.definitions = definitions;
        this.properties = properties;
        this.records = records;
        this.jdbc = jdbc;
        this.recovery = recovery;
        this.events = events;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ImportRun run = ImportRun.of(chunkContext.getStepContext().getStepExecution(), definitions);
        ImportDefinition definition = run.definition();
        long importId = run.importId();
        ImportCounts counts = ImportCounts.of(jdbc, importId, definition);
        refuseIfTooManyRejected(counts);
        holdMergeLockUntilTransactionEnds();
        jdbc.queryForObject("SELECT id FROM import_merge_lock WHERE id = 1 FOR UPDATE", Integer.class);
        if (!recovery.confirmOwnership(importId)) {
            throw new IllegalStateException("import " + importId + " was declared cut off while it ran (its heartbeat "
                    + "went stale): it must not merge");
        }
        int repeated = supersedeRepeatedKeys(definition, importId);
        LocalDateTime now = LocalDateTime.now();
        int written = definition.merge(importId, jdbc, now);
        if (written > 0) {
            RegistryVersion.advance(jdbc);
            announceAfterCommit(new RegistryChanged(importId));
        }
        ImportCounts finalCounts = new ImportCounts(counts.read(), counts.rejected(),
                counts.warnings() + repeated);
        int unchanged = counts.read() - counts.rejected() - repeated - written;
        String message = (unchanged > 0
                ? Message.of("import.text.summaryUnchanged", counts.read(), written, counts.rejected(),
                        finalCounts.warnings(), unchanged)
                : Message.of("import.text.summary", counts.read(), written, counts.rejected(), finalCounts.warnings()))
                .stored();
        records.completed(importId, finalCounts, written, message, now);
        return RepeatStatus.FINISHED;
    }

    private void refuseIfTooManyRejected(ImportCounts counts) {
        if (counts.read() == 0) {
            throw new ImportFileRejectedException("import.text.headerOnly");
        }
        double share = (double) counts.rejected() / counts.read();
        if (share > properties.maxRejectedShare()) {
            throw new ImportFileRejectedException("import.text.tooManyRejected", String.format(Locale.ROOT, "%.1f",
                    share * 100), counts.rejected(), counts.read(), String.format(Locale.ROOT, "%.0f",
                    properties.maxRejectedShare() * 100));
        }
    }

    /** Listeners read the registry: they must see the merge, so they hear of it once it has committed. */
    private void announceAfterCommit(RegistryChanged changed) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                events.publishEvent(changed);
            }
        });
    }

    private static void holdMergeLockUntilTransactionEnds() {
        MERGE_LOCK.lock();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                MERGE_LOCK.unlock();
            }
        });
    }

    /** A key repeated within one file: the later row wins (as a later file would), the earlier gets a warning. */
    private int supersedeRepeatedKeys(ImportDefinition definition, long importId) {
        String table = definition.stagingTable();
        String keys = String.join(", ", definition.keyColumns());
        // files rarely repeat a key: one aggregate answers that, the costlier search below runs only when they do
        Boolean anyRepeated = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM " + table + " WHERE import_id = ? "
                + "GROUP BY " + keys + " HAVING COUNT(*) > 1)", Boolean.class, importId);
        if (!Boolean.TRUE.equals(anyRepeated)) {
            return 0;
        }
        String laterRowExists = " FROM " + table + " s WHERE s.import_id = ? AND EXISTS (SELECT 1 FROM " + table
                + " t WHERE t.import_id = s.import_id AND " + MergeSql.joinOn("t", "s", definition.keyColumns())
                + " AND t.line > s.line)";
        String reason = Message.of("import.text.repeatedKey", keys).stored();
        int repeated = jdbc.update("INSERT INTO import_issue (import_id, line, column_name, cell_value, reason, severity) "
                + "SELECT s.import_id, s.line, NULL, NULL, ?, 'WARNING'" + laterRowExists, reason, importId);
        if (repeated > 0) {
            jdbc.update("DELETE" + laterRowExists, importId);
        }
        return repeated;
    }
}
