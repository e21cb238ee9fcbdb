package com.techladder.batch.classification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lease that keeps classification runs one at a time, across every application instance sharing the database.
 * Taken with one conditional UPDATE (the row is free, or its lease expired), so two instances racing cannot both win:
 * the database serialises the two updates and the second no longer matches. The running instance renews the lease on
 * a heartbeat ({@link RunHeartbeat}); a crashed instance stops renewing it, and it expires after
 * {@code techladder.classification.lease} (30 s by default), freeing the lock without anyone's help. SQL, not an
 * entity: every statement here is such a conditional update or a read of the lease as of now, which the database must
 * decide for all instances at once; an entity read and written back would let two instances both win.
 */
public class ClassificationLock {

    private static final String NAME = "classification";

    private final JdbcTemplate jdbc;
    private final Duration lease;
    private final Clock clock;

    public ClassificationLock(JdbcTemplate jdbc, Duration lease, Clock clock) {
        this.jdbc = jdbc;
        this.lease = lease;
        this.clock = clock;
    }

    /**
     * True when {@code holder} now holds the lock; false when another live holder has it. A lock whose run has already
     * ended (marked COMPLETED or FAILED a moment before its instance releases the lock) is free: whoever saw the run end
     * may launch the next one at once.
     */
    public boolean tryAcquire(String holder) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbc.update("UPDATE classification_lock SET holder = ?, run_id = NULL, acquired_at = ?, expires_at = ?"
                + " WHERE name = ? AND (holder IS NULL OR expires_at < ?"
                + " OR run_id IN (SELECT id FROM classification_run WHERE status <> 'STARTED'))",
                holder, Timestamp.valueOf(now), Timestamp.valueOf(now.plus(lease)), NAME, Timestamp.valueOf(now)) == 1;
    }

    /** Records which run the holder launched, so the run's end can release the lock. */
    public void bind(String holder, long runId) {
        jdbc.update("UPDATE classification_lock SET run_id = ? WHERE name = ? AND holder = ?", runId, NAME, holder);
    }

    /**
     * Extends the lease of a running run (its heartbeat, and each chunk written). False when the lease had already
     * expired or gone to another run: the run was declared dead and must stop rather than write on.
     */
    public boolean renew(long runId) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbc.update("UPDATE classification_lock SET expires_at = ? WHERE name = ? AND run_id = ? AND expires_at >= ?",
                Timestamp.valueOf(now.plus(lease)), NAME, runId, Timestamp.valueOf(now)) == 1;
    }

    /** How long a lease lives without renewal. */
    Duration lease() {
        return lease;
    }

    public void releaseRun(long runId) {
        jdbc.update("UPDATE classification_lock SET holder = NULL, run_id = NULL, expires_at = NULL"
                + " WHERE name = ? AND run_id = ?", NAME, runId);
    }

    public void release(String holder) {
        jdbc.update("UPDATE classification_lock SET holder = NULL, run_id = NULL, expires_at = NULL"
                + " WHERE name = ? AND holder = ?", NAME, holder);
    }

    /** The run holding a live lease, if any. */
    public Optional<Long> runningRun() {
        return jdbc.query("SELECT run_id FROM classification_lock WHERE name = ? AND holder IS NOT NULL AND expires_at >= ?",
                (rs, i) -> rs.getObject(1, Long.class), NAME, Timestamp.valueOf(LocalDateTime.now(clock)))
                .stream().filter(Objects::nonNull).findFirst();
    }
}
