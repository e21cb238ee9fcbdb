package com.techladder.batch.classification;

import com.techladder.batch.text.Message;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import com.techladder.batch.lease.Heartbeat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The heartbeat of classification runs. Every {@link ClassificationProperties#heartbeat()} (5 s by default) it renews
 * the lease of each run executing in this JVM, and fails every STARTED run whose lease no live instance renews any
 * more — its instance died — so that the run shows FAILED with the reason, its figures stop, and the next launch is not
 * refused. Runs at start-up too, and at every launch once the launch holds the lock.
 */
@Component
public class RunHeartbeat extends Heartbeat {

    static final String DEAD = Message.of("run.text.dead").stored();

    private static final Logger log = LoggerFactory.getLogger(RunHeartbeat.class);

    private final ClassificationRunRepository runs;
    private final ClassificationLock lock;
    private final Set<Long> runningHere = ConcurrentHashMap.newKeySet();

    RunHeartbeat(ClassificationRunRepository runs, ClassificationLock lock, ClassificationProperties properties) {
        super("classification-heartbeat", properties.heartbeat());
        this.runs = runs;
        this.lock = lock;
    }

    void begin(long runId) {
        runningHere.add(runId);
    }

    void end(long runId) {
        runningHere.remove(runId);
    }

    /** One beat: renews the leases of this JVM's runs, then fails the runs of dead instances. */
    @Override
    public void beat() {
        for (long runId : runningHere) {
            if (!lock.renew(runId)) {
                log.warn("Classification run {} lost its lease: it stops at its next chunk", runId);
            }
        }
        failDeadRuns(LocalDateTime.now());
    }

    /** Fails every STARTED run that no live lease holds, as of {@code now}; answers their ids. */
    List<Long> failDeadRuns(LocalDateTime now) {
        // a run younger than a lease may not be bound to the lock yet: it was launched a moment ago, not by the dead
        LocalDateTime launchedBefore = now.minus(lock.lease());
        return runs.started().stream()
                .filter(runId -> !runningHere.contains(runId))
                .filter(runId -> runs.failUnleased(runId, now, launchedBefore, DEAD))
                .peek(runId -> log.warn("Classification run {} was cut off by the death of its instance: marked FAILED",
                        runId))
                .toList();
    }
}
