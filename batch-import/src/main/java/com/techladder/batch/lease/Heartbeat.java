package com.techladder.batch.lease;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A beat on a daemon thread every {@code period}, for the leases of imports and classification runs: each instance
 * renews what it owns and recovers what a dead instance left. A beat that fails (the database briefly unreachable) is
 * logged and tried again at the next one; it never ends the schedule.
 */
public final class Heartbeat {

    private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);

    private final String name;
    private final Duration period;
    private ScheduledExecutorService beats;

    public Heartbeat(String name, Duration period) {
        this.name = name;
        this.period = period;
    }

    /** Runs {@code first} once, then {@code beat} at once and every period. */
    public synchronized void start(Runnable first, Runnable beat) {
        beats = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        beats.execute(first);
        beats.scheduleWithFixedDelay(() -> safely(beat), 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    public synchronized void stop() {
        beats.shutdownNow();
        beats = null;
    }

    public synchronized boolean isRunning() {
        return beats != null;
    }

    private void safely(Runnable beat) {
        try {
            beat.run();
        } catch (RuntimeException e) {
            log.warn("{} failed, retried in {}: {}", name, period, e.toString());
        }
    }
}
