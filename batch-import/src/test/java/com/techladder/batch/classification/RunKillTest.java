package com.techladder.batch.classification;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.batch.DatabaseSpecific;
import com.techladder.batch.crash.CrashDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A classification run killed for real: a child JVM runs a classification on the test's database (H2, or PostgreSQL
 * with -Ppostgres) and is killed with destroyForcibly (SIGKILL) in the middle. An instance starting on the same
 * database then marks the run FAILED with the reason within the lease (3 s here, 30 s by default) — no invented rate
 * or ETA — and a new launch is accepted as soon as the lease has expired, not ten minutes later.
 */
@DatabaseSpecific
class RunKillTest {

    private static final int YEAR = 2025;
    private static final Duration LEASE = Duration.ofSeconds(3);

    @TempDir
    Path dir;

    @Test
    void aRunKilledMidwayIsFailedWithinItsLeaseAndTheNextLaunchIsAccepted() throws Exception {
        CrashDatabase db = CrashDatabase.open(dir);
        JdbcTemplate jdbc = db.jdbc();
        SampleRegistry.clear(jdbc);
        SampleRegistry.load(jdbc, SampleRegistry.profiles());
        Process child = db.startChild(List.of("classify", Integer.toString(YEAR)),
                "--techladder.classification.lease=" + LEASE.toSeconds() + "s",
                "--techladder.classification.partitions=1", "--techladder.classification.chunk-size=20",
                "--test.classification.chunk-pause=150");
        CrashDatabase.await("the child's run in progress (log: " + db.childLog() + ")", Duration.ofMinutes(3),
                () -> jdbc.queryForObject("SELECT COUNT(*) FROM classification_run WHERE status = 'STARTED' "
                        + "AND processed > 0", Integer.class) > 0);
        CrashDatabase.kill(child);
        long runId = jdbc.queryForObject("SELECT id FROM classification_run", Long.class);
        long killedAt = System.nanoTime();

        try (ConfigurableApplicationContext instance = db.startInstance(
                "--techladder.classification.lease=" + LEASE.toSeconds() + "s", "--techladder.classification.cron=-")) {
            ClassificationRuns classification = instance.getBean(ClassificationRuns.class);
            ClassificationRunRepository runs = instance.getBean(ClassificationRunRepository.class);
            long next = launchAsSoonAsAccepted(classification, Duration.ofSeconds(30));
            Duration refusedFor = Duration.ofNanos(System.nanoTime() - killedAt);

            ClassificationRun dead = runs.find(runId).orElseThrow();
            assertThat(dead.status()).isEqualTo(RunStatus.FAILED);
            assertThat(dead.message()).isEqualTo(RunHeartbeat.DEAD);
            assertThat(dead.processed()).isBetween(1, dead.total() - 1);
            assertThat(dead.eta(java.time.LocalDateTime.now())).isNull();
            assertThat(refusedFor).as("launches refused only until the dead run's lease expired")
                    .isLessThan(LEASE.plusSeconds(20));
            assertThat(classification.awaitEnd(next, Duration.ofMinutes(2)).status()).isEqualTo(RunStatus.COMPLETED);
        }
        db.close();
    }

    private static long launchAsSoonAsAccepted(ClassificationRuns classification, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return classification.start(YEAR, RunTrigger.MANUAL, "staff");
            } catch (RunInProgressException refused) {
                if (System.nanoTime() > deadline) {
                    throw refused;
                }
                Thread.sleep(100);
            }
        }
    }
}
