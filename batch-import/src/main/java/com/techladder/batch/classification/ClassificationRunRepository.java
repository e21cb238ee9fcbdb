package com.techladder.batch.classification;

import com.techladder.rules.model.Tier;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/**
 * The run records ({@code classification_run}). Runs are created, progressed and closed here through the entity, each
 * step in a transaction (the caller's when it has one); their assessments never change. Three statements stay SQL
 * on purpose: the count of enterprises processed grows by one atomic increment per chunk, in the chunk's transaction
 * and with the partitions writing in parallel; failing a run that no live lease holds is one conditional UPDATE that
 * reads the lock table, so that a lease renewed meanwhile wins; and a completed run's figures are set-based counts
 * over its assessments.
 */
public interface ClassificationRunRepository extends JpaRepository<RunRecord, Long> {

    /** A new run, assessing on its launch day ({@code startedAt}'s date); answers its id. */
    default long create(int assessmentYear, RunTrigger trigger, String rulesetVersion, String parameterSnapshot,
            String launchedBy, LocalDateTime startedAt) {
        return save(new RunRecord(assessmentYear, trigger, rulesetVersion, parameterSnapshot, launchedBy, startedAt))
                .id();
    }

    default Optional<ClassificationRun> find(long runId) {
        return findById(runId).map(RunRecord::run);
    }

    /** Newest first; of every year when {@code assessmentYear} is null. */
    default List<ClassificationRun> list(Integer assessmentYear, int limit) {
        List<RunRecord> runs = assessmentYear == null ? findAllByOrderByIdDesc(Limit.of(limit))
                : findByAssessmentYearOrderByIdDesc(assessmentYear, Limit.of(limit));
        return runs.stream().map(RunRecord::run).toList();
    }

    List<RunRecord> findAllByOrderByIdDesc(Limit limit);

    List<RunRecord> findByAssessmentYearOrderByIdDesc(int assessmentYear, Limit limit);

    @Transactional
    default void setTotal(long runId, int total) {
        findById(runId).orElseThrow().total(total);
    }

    /**
     * Called in the chunk's transaction, so the count rolls back with the chunk and stays exact across restarts; one
     * increment in the database, as the partitions' chunks commit in parallel.
     */
    @Transactional
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("UPDATE RunRecord r SET r.processed = r.processed + :count WHERE r.id = :id")
    void addProcessed(@Param("id") long runId, @Param("count") int count);

    @Transactional
    default void markStarted(long runId) {
        findById(runId).orElseThrow().started();
    }

    /**
     * Closes a run: tier counts and totals are taken from the assessments actually written, and the enterprises among
     * them without figures for the run's year are counted ({@link DataYears#WITHOUT_YEAR}) — in one pass over the run's
     * rows, which at a million records is seconds of the run's end.
     */
    @Transactional
    default void markCompleted(long runId, LocalDateTime finishedAt) {
        RunRecord run = findById(runId).orElseThrow();
        Map<Tier, Integer> tiers = new EnumMap<>(Tier.class);
        int withoutData = 0;
        for (Object[] row : closingCounts(runId, run.assessmentYear() - 1)) {
            tiers.put(Tier.valueOf((String) row[0]), ((Number) row[1]).intValue());
            withoutData += ((Number) row[2]).intValue();
        }
        run.completed(tiers, withoutData, finishedAt);
    }

    /**
     * Per eligible tier of the run's assessments: how many, and how many of them have no accounting year
     * {@code fiscalYear}.
     */
    @Query(nativeQuery = true, value = "SELECT eligible_tier, COUNT(*), SUM(CASE WHEN " + DataYears.WITHOUT_YEAR
            + " THEN 1 ELSE 0 END) FROM assessment a WHERE a.run_id = :runId GROUP BY eligible_tier")
    List<Object[]> closingCounts(@Param("runId") long runId, @Param("fiscalYear") int fiscalYear);

    @Transactional
    default void markFailed(long runId, LocalDateTime finishedAt, String message) {
        findById(runId).orElseThrow().failed(finishedAt, message);
    }

    /** STARTED runs, oldest first. */
    default List<Long> started() {
        return idsWithStatus(RunStatus.STARTED);
    }

    @Query("SELECT r.id FROM RunRecord r WHERE r.status = :status ORDER BY r.id")
    List<Long> idsWithStatus(@Param("status") RunStatus status);

    /**
     * Fails a STARTED run launched before {@code launchedBefore} that no live lease holds any more: its instance died.
     * One conditional statement, so that a run whose lease is renewed meanwhile is left alone. True when it failed it.
     */
    default boolean failUnleased(long runId, LocalDateTime now, LocalDateTime launchedBefore, String message) {
        return failIfUnleased(runId, now, launchedBefore, message) == 1;
    }

    @Transactional
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(nativeQuery = true, value = "UPDATE classification_run SET status = 'FAILED', finished_at = :now,"
            + " message = :message WHERE id = :id AND status = 'STARTED' AND started_at < :launchedBefore"
            + " AND NOT EXISTS (SELECT 1 FROM classification_lock l WHERE l.run_id = classification_run.id"
            + " AND l.holder IS NOT NULL AND l.expires_at >= :now)")
    int failIfUnleased(@Param("id") long runId, @Param("now") LocalDateTime now,
            @Param("launchedBefore") LocalDateTime launchedBefore, @Param("message") String message);

    /** The registry version ({@link com.techladder.batch.importing.RegistryVersion}) a run was launched on. */
    @Transactional
    default void recordRegistryVersion(long runId, long version) {
        findById(runId).orElseThrow().launchedOn(version);
    }

    /** The registry version a run was launched on; empty for runs launched before versions were recorded. */
    default Optional<Long> registryVersion(long runId) {
        return findById(runId).flatMap(RunRecord::registryVersion);
    }
}
