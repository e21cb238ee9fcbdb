package com.techladder.batch.importing;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import records ({@code data_import}). Reads and the steps of an import's lifecycle go through the entity, each
 * in a transaction (the caller's, when it has one: a step's). The lease is different: renewing a heartbeat, confirming
 * ownership before a merge and failing an import cut off by a dead instance must each be one conditional UPDATE —
 * the database decides, under the row's lock, which of several instances racing wins — so they are bulk queries that
 * read no entity (an entity read first and written back could not say "only if still STARTED and stale").
 */
interface ImportRecords extends JpaRepository<ImportRecord, Long> {

    String STARTED = "'" + ImportStatus.STARTED + "'";
    String FAILED = "'" + ImportStatus.FAILED + "'";

    /** A new STARTED import, owned by the instance {@code owner} (whose heartbeat starts now); answers its id. */
    default long create(ImportKind kind, String fileName, String sha256, String encoding, String username,
            String owner, LocalDateTime now) {
        return save(new ImportRecord(kind, fileName, sha256, encoding, username, owner, now)).id();
    }

    /** A launch or relaunch of the import's job: STARTED again, linked to the execution. */
    @Transactional
    default void started(long importId, long jobExecutionId) {
        findById(importId).orElseThrow().launched(jobExecutionId);
    }

    @Transactional
    default void encoding(long importId, String encoding) {
        findById(importId).orElseThrow().decodedAs(encoding);
    }

    @Transactional
    default void completed(long importId, ImportCounts counts, int written, String message, LocalDateTime now) {
        findById(importId).orElseThrow().completed(counts, written, message, now);
    }

    @Transactional
    default void failed(long importId, ImportCounts counts, String message, LocalDateTime now) {
        findById(importId).orElseThrow().failed(counts, message, now);
    }

    default Optional<ImportStatus> find(long importId) {
        return findById(importId).map(ImportRecord::report);
    }

    /** The newest imports, newest first: the console's import list. */
    default List<ImportStatus> newest(int limit) {
        return findAllByOrderByIdDesc(Limit.of(limit)).stream().map(ImportRecord::report).toList();
    }

    List<ImportRecord> findAllByOrderByIdDesc(Limit limit);

    /**
     * Renews the heartbeat of every STARTED import of the instance {@code owner} but those in {@code merging}: a merge
     * holds its import's row lock until it commits (having renewed the heartbeat itself), so an update of that row
     * would only wait for it.
     */
    default void heartbeat(String owner, LocalDateTime now, Collection<Long> merging) {
        if (merging.isEmpty()) {
            renew(owner, now);
        } else {
            renewAllBut(owner, now, merging);
        }
    }

    @Transactional
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("UPDATE ImportRecord i SET i.heartbeatAt = :now WHERE i.owner = :owner AND i.status = " + STARTED)
    int renew(@Param("owner") String owner, @Param("now") LocalDateTime now);

    /** As {@link #renew}, but for {@code merging}: a separate statement, as an empty IN list is no SQL. */
    @Transactional
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("UPDATE ImportRecord i SET i.heartbeatAt = :now WHERE i.owner = :owner AND i.status = " + STARTED
            + " AND i.id NOT IN :merging")
    int renewAllBut(@Param("owner") String owner, @Param("now") LocalDateTime now,
            @Param("merging") Collection<Long> merging);

    /**
     * Renews the heartbeat of one import if {@code owner} still owns it and it is still STARTED, taking its row lock
     * until the caller's transaction ends: a recovery cannot declare it cut off meanwhile. False when it was.
     */
    default boolean stillOwned(long importId, String owner, LocalDateTime now) {
        return renewIfOwned(importId, owner, now) == 1;
    }

    @Transactional
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("UPDATE ImportRecord i SET i.heartbeatAt = :now WHERE i.id = :id AND i.owner = :owner AND i.status = "
            + STARTED)
    int renewIfOwned(@Param("id") long importId, @Param("owner") String owner, @Param("now") LocalDateTime now);

    /** STARTED imports whose heartbeat is older than {@code staleBefore} (or missing): their instance died. */
    @Query("SELECT i.id FROM ImportRecord i WHERE i.status = " + STARTED + " AND (i.heartbeatAt IS NULL"
            + " OR i.heartbeatAt < :staleBefore) ORDER BY i.id")
    List<Long> cutOff(@Param("staleBefore") LocalDateTime staleBefore);

    /**
     * Fails a cut-off import if it is still STARTED with a stale heartbeat; true for the one caller (of every instance
     * racing) whose update won, which then cleans up after it.
     */
    default boolean failCutOff(long importId, LocalDateTime staleBefore, String message, LocalDateTime now) {
        return failIfStale(importId, staleBefore, message, now) == 1;
    }

    @Transactional
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("UPDATE ImportRecord i SET i.status = " + FAILED + ", i.readCount = 0, i.writtenCount = 0,"
            + " i.rejectedCount = 0, i.warningCount = 0, i.message = :message, i.finishedAt = :now"
            + " WHERE i.id = :id AND i.status = " + STARTED + " AND (i.heartbeatAt IS NULL OR i.heartbeatAt < :staleBefore)")
    int failIfStale(@Param("id") long importId, @Param("staleBefore") LocalDateTime staleBefore,
            @Param("message") String message, @Param("now") LocalDateTime now);
}
