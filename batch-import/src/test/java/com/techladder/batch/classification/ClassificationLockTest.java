package com.techladder.batch.classification;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.batch.DatabaseSpecific;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The single-run lease, as two application instances sharing one database see it. */
@DatabaseSpecific
@SpringBootTest
class ClassificationLockTest {

    /**
     * A run id no run has: these tests are about the lease alone, and a lock bound to a run that has ended is free,
     * whatever runs other tests of the suite left behind.
     */
    private static final long NO_SUCH_RUN = -1L;


    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void free() {
        jdbc.update("UPDATE classification_lock SET holder = NULL, run_id = NULL, expires_at = NULL");
    }

    @RepeatedTest(5)
    void twoInstancesRacingForTheLockExactlyOneWins() throws Exception {
        ClassificationLock instanceA = new ClassificationLock(jdbc, Duration.ofMinutes(10), Clock.systemDefaultZone());
        ClassificationLock instanceB = new ClassificationLock(jdbc, Duration.ofMinutes(10), Clock.systemDefaultZone());
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (Callable<Boolean> attempt : List.<Callable<Boolean>>of(
                    () -> { start.await(); return instanceA.tryAcquire("A"); },
                    () -> { start.await(); return instanceB.tryAcquire("B"); })) {
                results.add(threads.submit(attempt));
            }
            int winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aLeaseNotRenewedExpiresSoADeadInstanceDoesNotBlockTheNextRun() {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        ClassificationLock dead = lockAt(Duration.ofMinutes(10), t0);
        assertThat(dead.tryAcquire("dead")).isTrue();
        dead.bind("dead", NO_SUCH_RUN);

        ClassificationLock soon = lockAt(Duration.ofMinutes(10), t0.plus(Duration.ofMinutes(9)));
        assertThat(soon.tryAcquire("next")).isFalse();
        assertThat(soon.runningRun()).contains(NO_SUCH_RUN);

        ClassificationLock later = lockAt(Duration.ofMinutes(10), t0.plus(Duration.ofMinutes(11)));
        assertThat(later.runningRun()).isEmpty();
        assertThat(later.tryAcquire("next")).isTrue();
    }

    @Test
    void aLeaseThatExpiredCannotBeRenewedSoARunDeclaredDeadStopsWriting() {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        ClassificationLock atStart = lockAt(Duration.ofSeconds(30), t0);
        assertThat(atStart.tryAcquire("A")).isTrue();
        atStart.bind("A", NO_SUCH_RUN);
        ClassificationLock beating = lockAt(Duration.ofSeconds(30), t0.plusSeconds(25));
        assertThat(beating.renew(NO_SUCH_RUN)).as("renewed within the lease").isTrue();

        ClassificationLock stalled = lockAt(Duration.ofSeconds(30), t0.plusSeconds(25 + 31));
        assertThat(stalled.renew(NO_SUCH_RUN)).as("too late: the run was declared dead").isFalse();
        assertThat(stalled.runningRun()).isEmpty();
    }

    @Test
    void releasingTheRunFreesTheLock() {
        ClassificationLock lock = new ClassificationLock(jdbc, Duration.ofMinutes(10), Clock.systemDefaultZone());
        assertThat(lock.tryAcquire("A")).isTrue();
        lock.bind("A", NO_SUCH_RUN);
        assertThat(lock.tryAcquire("B")).isFalse();
        lock.releaseRun(NO_SUCH_RUN);
        assertThat(lock.tryAcquire("B")).isTrue();
    }

    /** The run's row says COMPLETED a moment before its instance releases the lock: the next launch need not wait. */
    @Test
    void aRunThatHasEndedNoLongerHoldsTheLockEvenBeforeItsInstanceReleasesIt() {
        jdbc.update("""
                INSERT INTO classification_run (assessment_year, status, run_trigger, ruleset_version, parameter_snapshot,
                    launched_by, started_at, finished_at, total, processed)
                VALUES (2025, 'STARTED', 'MANUAL', 'lock-test', '{}', 'lock-test', CURRENT_TIMESTAMP, NULL, 0, 0)""");
        long runId = jdbc.queryForObject("SELECT MAX(id) FROM classification_run WHERE ruleset_version = 'lock-test'",
                Long.class);
        try {
            ClassificationLock lock = new ClassificationLock(jdbc, Duration.ofMinutes(10), Clock.systemDefaultZone());
            assertThat(lock.tryAcquire("A")).isTrue();
            lock.bind("A", runId);
            assertThat(lock.tryAcquire("B")).as("the run is still going").isFalse();

            jdbc.update("UPDATE classification_run SET status = 'COMPLETED' WHERE id = ?", runId);
            assertThat(lock.tryAcquire("B")).as("the run has ended").isTrue();
            lock.releaseRun(runId);
            assertThat(lock.tryAcquire("C")).as("the ended run's late release leaves B's lock alone").isFalse();
        } finally {
            jdbc.update("DELETE FROM classification_run WHERE id = ?", runId);
        }
    }

    /** The lock as an instance whose clock reads {@code now} sees it. */
    private ClassificationLock lockAt(Duration lease, Instant now) {
        return new ClassificationLock(jdbc, lease, Clock.fixed(now, ZoneId.of("UTC")));
    }
}
