package com.techladder.batch.lease;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A beat on a daemon thread every {@code period}, from the start of the application to its stop, for the leases of
 * imports and classification runs: each instance renews what it owns and recovers what a dead instance left. A beat
 * that fails (the database briefly unreachable) is tried again at the next one; it never ends the schedule. A run of
 * failures is logged once as a warning (and each failure at debug), its end once as information, so an outage does
 * not fill the log with a line every beat.
 */
public abstract class Heartbeat implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);

    private final String name;
    private final Duration period;
    private ScheduledExecutorService beats;
    /** Whether the last beat failed: touched by the beat thread only. */
    private boolean failing;

    protected Heartbeat(String name, Duration period) {
        this.name = name;
        this.period = period;
    }

    /** Runs once on the beat's thread when it starts, before the first beat. */
    protected void first() {
    }

    /** One beat. */
    public abstract void beat();

    @Override
    public synchronized void start() {
        beats = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        beats.execute(this::first);
        beats.scheduleWithFixedDelay(this::safely, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        beats.shutdownNow();
        beats = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return beats != null;
    }

    private void safely() {
        try {
            beat();
            if (failing) {
                log.info("{} works again", name);
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("{} failed, retried every {} (logged again once it works): {}", name, period, e.toString());
                failing = true;
            } else {
                log.debug("{} failed again: {}", name, e.toString());
            }
        }
    }
}
