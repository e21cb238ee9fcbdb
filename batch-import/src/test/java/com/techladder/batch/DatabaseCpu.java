package com.techladder.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CPU time of the PostgreSQL backends serving the current database (utime + stime from /proc; the benchmarks' server
 * runs on this machine): on a shared machine a fairer measure of the database's work than the wall clock.
 */
public final class DatabaseCpu {

    private DatabaseCpu() {
    }

    /** Seconds of CPU the database's backends have used so far; 0 when /proc cannot be read (another host). */
    public static double seconds(JdbcTemplate jdbc) {
        return seconds(jdbc.queryForList("SELECT pid FROM pg_stat_activity WHERE datname = current_database()",
                Integer.class));
    }

    /**
     * Seconds of CPU the server's own writers (WAL writer, checkpointer, background writer) have used so far: they
     * write the WAL and the pages of every database, so on a shared server this includes the others' work.
     */
    public static double serverWritersSeconds(JdbcTemplate jdbc) {
        return seconds(jdbc.queryForList("SELECT pid FROM pg_stat_activity WHERE backend_type IN ('walwriter',"
                + " 'checkpointer', 'background writer')", Integer.class));
    }

    private static double seconds(List<Integer> processes) {
        long ticks = 0;
        for (int pid : processes) {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (java.io.IOException | RuntimeException e) {
                return 0;
            }
        }
        return ticks / 100.0;
    }
}
