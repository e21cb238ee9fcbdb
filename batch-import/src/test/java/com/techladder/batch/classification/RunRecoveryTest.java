package com.techladder.batch.classification;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.batch.DatabaseSpecific;
import com.techladder.batch.importing.RegistryVersion;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The recovery logic of runs whose instance died, fast (RunKillTest kills a real process): a run no live lease holds is
 * failed with the reason, stops showing progress, and the next launch is not refused; a live run is never touched.
 */
@DatabaseSpecific
@SpringBootTest
class RunRecoveryTest {

    private static final Duration LEASE = Duration.ofSeconds(30);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ClassificationRuns classification;
    @Autowired
    ClassificationRunRepository runs;
    @Autowired
    RunHeartbeat heartbeat;
    @Autowired
    RunEngines engines;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    Job classificationJob;
    @Autowired
    RegistryVersion registryVersion;

    @BeforeEach
    @AfterEach
    void freeLock() {
        jdbc.update("UPDATE classification_lock SET holder = NULL, run_id = NULL, expires_at = NULL");
    }

    @Test
    void aRunWhoseLeaseExpiredIsFailedWithTheReasonAndTheNextLaunchIsNotRefused() throws Exception {
        LocalDateTime killedAt = LocalDateTime.now().minusSeconds(40);
        long dead = deadRunOf(killedAt.minusMinutes(1), killedAt);

        heartbeat.failDeadRuns(LocalDateTime.now());

        ClassificationRun failed = runs.find(dead).orElseThrow();
        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.message()).isEqualTo(RunHeartbeat.DEAD);
        assertThat(failed.eta(LocalDateTime.now())).as("no ETA for a dead run").isNull();
        SampleRegistry.clear(jdbc);
        SampleRegistry.load(jdbc, SampleRegistry.profiles().subList(0, 50));
        long next = classification.start(2025, RunTrigger.MANUAL, "tester");
        assertThat(classification.awaitEnd(next, Duration.ofMinutes(1)).status()).isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void aLaunchThatTakesOverTheLockOfADeadRunFailsThatRunAtOnceEvenWhenItsLeaseRanOutOnlyJustNow() throws Exception {
        SampleRegistry.clear(jdbc);
        SampleRegistry.load(jdbc, SampleRegistry.profiles().subList(0, 50));
        // the lease runs out 5 s from now; the launching instance's clock is 10 s ahead, so to the launch it has run
        // out and to the heartbeat not yet: the instant between failing dead runs and taking the lock, widened
        LocalDateTime lastBeat = LocalDateTime.now().minus(LEASE).plusSeconds(5);
        long dead = deadRunOf(lastBeat.minusMinutes(1), lastBeat);
        ClassificationLock aheadBy10s = new ClassificationLock(jdbc, LEASE,
                Clock.offset(Clock.systemDefaultZone(), Duration.ofSeconds(10)));
        ClassificationRuns launching = new ClassificationRuns(runs, aheadBy10s, engines, jobRepository,
                classificationJob, heartbeat, registryVersion);

        long next = launching.start(2025, RunTrigger.MANUAL, "tester");

        ClassificationRun failed = runs.find(dead).orElseThrow();
        assertThat(failed.status()).as("the run whose lock the launch took over").isEqualTo(RunStatus.FAILED);
        assertThat(failed.message()).isEqualTo(RunHeartbeat.DEAD);
        assertThat(launching.awaitEnd(next, Duration.ofMinutes(1)).status()).isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void aRunWhoseLeaseIsLiveIsNeverFailedWhateverItsAge() {
        LocalDateTime now = LocalDateTime.now();
        long live = deadRunOf(now.minusHours(2), now);

        List<Long> failed = heartbeat.failDeadRuns(now.plusSeconds(29));

        assertThat(failed).doesNotContain(live);
        assertThat(runs.find(live).orElseThrow().status()).isEqualTo(RunStatus.STARTED);
        jdbc.update("UPDATE classification_run SET status = 'FAILED' WHERE id = ?", live);
    }

    @Test
    void aRunLaunchedAMomentAgoAndNotYetBoundToTheLockIsLeftAlone() {
        LocalDateTime now = LocalDateTime.now();
        long launching = runs.create(2025, RunTrigger.MANUAL, "v", "{}", "tester", now.minusSeconds(5));

        assertThat(heartbeat.failDeadRuns(now)).doesNotContain(launching);
        assertThat(runs.find(launching).orElseThrow().status()).isEqualTo(RunStatus.STARTED);
        jdbc.update("UPDATE classification_run SET status = 'FAILED' WHERE id = ?", launching);
    }

    /** A STARTED run launched at {@code launchedAt} whose instance last renewed its lease at {@code lastBeat}. */
    private long deadRunOf(LocalDateTime launchedAt, LocalDateTime lastBeat) {
        long runId = runs.create(2025, RunTrigger.MANUAL, "v", "{}", "tester", launchedAt);
        ClassificationLock then = new ClassificationLock(jdbc, LEASE,
                Clock.fixed(lastBeat.atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
        assertThat(then.tryAcquire("instance")).isTrue();
        then.bind("instance", runId);
        return runId;
    }
}
