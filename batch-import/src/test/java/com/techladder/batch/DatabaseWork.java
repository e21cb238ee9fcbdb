package com.techladder.batch;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What PostgreSQL did for a benchmark, beside the backends' CPU ({@link DatabaseCpu}): the CPU of the server's own
 * writers (WAL writer, checkpointer, background writer), the WAL written and synced ({@code pg_stat_wal}), the
 * checkpoints and who wrote the buffers out ({@code pg_stat_bgwriter}), and what the database's backends were waiting
 * for, sampled from {@code pg_stat_activity}. The server-wide figures include other databases' work on a shared server:
 * say so when quoting them.
 */
public final class DatabaseWork {

    private static final String WAL = "SELECT wal_records, wal_fpi, wal_bytes, wal_buffers_full, wal_write, wal_sync"
            + " FROM pg_stat_wal";
    private static final String BGWRITER = "SELECT checkpoints_timed, checkpoints_req, buffers_checkpoint,"
            + " buffers_clean, buffers_backend, buffers_backend_fsync FROM pg_stat_bgwriter";

    private final JdbcTemplate jdbc;
    private final Map<String, Long> counters;
    private final double backendCpu;
    private final double writersCpu;
    private final Map<String, Integer> waits = new ConcurrentHashMap<>();
    private final AtomicBoolean sampling = new AtomicBoolean(true);
    private final Thread sampler;

    private DatabaseWork(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.counters = counters(jdbc);
        this.backendCpu = DatabaseCpu.seconds(jdbc);
        this.writersCpu = DatabaseCpu.serverWritersSeconds(jdbc);
        this.sampler = new Thread(this::sample, "wait-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts counting now and sampling the database's backends' wait events every 100 ms. */
    public static DatabaseWork since(JdbcTemplate jdbc) {
        return new DatabaseWork(jdbc);
    }

    /** Stops sampling; the figures since the start, one line per kind. */
    public String report(long rows) throws InterruptedException {
        sampling.set(false);
        sampler.join();
        Map<String, Long> now = counters(jdbc);
        StringBuilder text = new StringBuilder();
        text.append(String.format("PostgreSQL backends' CPU %.1f s (%.0f µs per row); server writers' CPU (WAL writer,"
                + " checkpointer, bgwriter; server-wide) %.1f s%n", DatabaseCpu.seconds(jdbc) - backendCpu,
                (DatabaseCpu.seconds(jdbc) - backendCpu) * 1e6 / rows, DatabaseCpu.serverWritersSeconds(jdbc) - writersCpu));
        long walBytes = now.get("wal_bytes") - counters.get("wal_bytes");
        text.append(String.format("WAL (server-wide) %.0f MB = %,d bytes per row; ", walBytes / 1e6, walBytes / rows));
        now.forEach((name, value) -> text.append(name).append(' ').append(String.format("%,d", value - counters.get(name)))
                .append("; "));
        int samples = waits.values().stream().mapToInt(Integer::intValue).sum();
        text.append(String.format("%nbackends' states, %d samples every 100 ms: ", samples));
        text.append(waits.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> String.format("%s %.1f%%", e.getKey(), 100.0 * e.getValue() / samples))
                .collect(Collectors.joining(", ")));
        return text.toString();
    }

    private void sample() {
        while (sampling.get()) {
            jdbc.query("SELECT state, wait_event_type, wait_event FROM pg_stat_activity WHERE datname ="
                    + " current_database() AND pid <> pg_backend_pid() AND state <> 'idle'", rs -> {
                        String waiting = rs.getString(2) == null ? "on CPU" : rs.getString(2) + ":" + rs.getString(3);
                        waits.merge(rs.getString(1) + " " + waiting, 1, Integer::sum);
                    });
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static Map<String, Long> counters(JdbcTemplate jdbc) {
        Map<String, Long> counters = new TreeMap<>();
        for (String query : List.of(WAL, BGWRITER)) {
            jdbc.queryForMap(query).forEach((name, value) -> counters.put(name, ((Number) value).longValue()));
        }
        return counters;
    }
}
