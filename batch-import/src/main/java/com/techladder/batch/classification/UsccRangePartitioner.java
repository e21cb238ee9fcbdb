package com.techladder.batch.classification;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Splits the registry into {@code gridSize} USCC ranges {@code (after, upTo]} of about equal size, so that each core
 * classifies its own range. Records the run's total as it counts. On a restart Spring Batch reuses the saved ranges.
 */
class UsccRangePartitioner implements Partitioner {

    static final String AFTER = "after";
    static final String UP_TO = "upTo";
    /** Sorts below every USCC (they start with a digit or a capital letter). */
    private static final String BEFORE_ALL = "";

    private final JdbcTemplate jdbc;
    private final ClassificationRunRepository runs;
    private final long runId;

    UsccRangePartitioner(JdbcTemplate jdbc, ClassificationRunRepository runs, long runId) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.runId = runId;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int total = jdbc.queryForObject("SELECT COUNT(*) FROM enterprise", Integer.class);
        runs.setTotal(runId, total);
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        if (total == 0) {
            return partitions;
        }
        int ranges = Math.max(1, Math.min(gridSize, total));
        String after = BEFORE_ALL;
        for (int i = 1; i <= ranges; i++) {
            int lastIndex = (int) ((long) total * i / ranges) - 1;
            String upTo = jdbc.queryForObject("SELECT uscc FROM enterprise ORDER BY uscc LIMIT 1 OFFSET ?", String.class,
                    lastIndex);
            ExecutionContext context = new ExecutionContext();
            context.putString(AFTER, after);
            context.putString(UP_TO, upTo);
            partitions.put("range" + i, context);
            after = upTo;
        }
        // an enterprise imported after the count and above the last boundary still belongs to this run's last range
        partitions.get("range" + ranges).putString(UP_TO, "ZZZZZZZZZZZZZZZZZZ");
        return partitions;
    }
}
