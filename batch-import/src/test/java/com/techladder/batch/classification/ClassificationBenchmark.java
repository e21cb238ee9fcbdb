package com.techladder.batch.classification;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.batch.DatabaseWork;
import com.techladder.sampledata.SampleDataGenerator;
import com.techladder.rules.model.EnterpriseProfile;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Classifies a generated registry end to end on PostgreSQL — read, evaluate, write — and prints enterprises per second,
 * the peak heap and where the two cores' time went: the JVM's CPU by kind of thread, the database's side
 * ({@link DatabaseWork}: backends' CPU, WAL, checkpoints, what the backends waited for), when each partition ended, the
 * closing counts and the bytes stored per assessment. Excluded from the suite; run it with (docs/performance.md):
 *
 * <pre>
 * TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432/tl_bench mvn -o -q -pl batch-import test -Ppostgres \
 *   -Pbenchmark -Dtest=ClassificationBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx1g
 * </pre>
 *
 * {@code -Dbenchmark.enterprises=N} changes the size (default 1,000,000; three accounting years each). The registry is
 * loaded with COPY into staging tables and set-based SQL, which is not part of the measured time;
 * {@code -Dbenchmark.reuse=true} keeps the registry an earlier run loaded.
 */
@Tag("benchmark") // runs only with -Pbenchmark (root pom)
// selected by -Ppostgres (the DatabaseSpecific tag) without its schema clean: a benchmark's data may be reused
@Tag("postgres")
@SpringBootTest
class ClassificationBenchmark {

    private static final int ENTERPRISES = Integer.getInteger("benchmark.enterprises", 1_000_000);
    private static final long SEED = 42L;
    /** {@code -Dbenchmark.reuse=true}: keep a registry of that size already loaded by an earlier run (loading takes minutes). */
    private static final boolean REUSE = Boolean.getBoolean("benchmark.reuse");
    private static final int YEAR = SampleDataGenerator.DEFAULT_LATEST_FISCAL_YEAR + 1;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ClassificationRuns classification;
    @Autowired
    ClassificationRunRepository runs;

    @Test
    void classifyAGeneratedRegistry() throws Exception {
        if (REUSE && jdbc.queryForObject("SELECT COUNT(*) FROM enterprise", Integer.class) >= ENTERPRISES) {
            // the registry of an earlier run of the benchmark: only its classification results go
            jdbc.execute("TRUNCATE assessment, classification_run");
        } else {
            SampleRegistry.clear(jdbc);
            GeneratedRegistry.generateAndLoad(jdbc, dataSource, ENTERPRISES, SEED);
        }
        int total = jdbc.queryForObject("SELECT COUNT(*) FROM enterprise", Integer.class);
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

        STEP_THREAD_CPU.clear();
        PARTITION_END.clear();
        DatabaseWork database = DatabaseWork.since(jdbc);
        Map<String, Long> threadsBefore = ThreadCpu.byKind();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        long runId = classification.start(YEAR, RunTrigger.MANUAL, "benchmark");
        ClassificationRun run = awaitWithProgress(runId);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
        String databaseWork = database.report(run.processed());

        // the old generation's peak is what the run kept alive; young pools peak and empty between collections
        long oldGenPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getName().contains("Old"))
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        double stepCpuSeconds = STEP_THREAD_CPU.values().stream().mapToLong(Long::longValue).sum() / 1e9;
        System.out.printf("classified %,d enterprises in %.1f s: %,.0f enterprises/s; JVM CPU %.1f s (%.0f µs per"
                + " enterprise), step threads' CPU %.1f s (%.0f µs per enterprise); heap limit %d MB, old-generation"
                + " peak %d MB; load average %.1f; tiers %s%n",
                run.processed(), seconds, run.processed() / seconds, cpuSeconds, cpuSeconds * 1e6 / run.processed(),
                stepCpuSeconds, stepCpuSeconds * 1e6 / run.processed(), Runtime.getRuntime().maxMemory() >> 20,
                oldGenPeak >> 20, os.getSystemLoadAverage(), run.tierCounts());
        System.out.println("JVM CPU by thread kind during the run: " + ThreadCpu.since(threadsBefore));
        System.out.println("garbage collectors: " + ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(gc -> gc.getName() + " " + gc.getCollectionCount() + "×/" + gc.getCollectionTime() + " ms")
                .toList());
        System.out.println(databaseWork);
        System.out.println("partitions' last chunk written at (s after launch): " + PARTITION_END.values().stream()
                .sorted().map(end -> String.format("%.1f", (end - start) / 1e9)).toList());
        printTail(runId);
        printStoredBytes(run.processed());
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.processed()).isEqualTo(total);
    }

    /** Each partition thread's CPU time as of its last chunk written: the step's own work, without GC and JIT threads. */
    private static final Map<Thread, Long> STEP_THREAD_CPU = new ConcurrentHashMap<>();
    /** Each partition thread's {@code System.nanoTime()} at its last chunk written: how evenly the partitions end. */
    private static final Map<Thread, Long> PARTITION_END = new ConcurrentHashMap<>();

    /** The run's closing counts (over all of its rows, after the last chunk), timed again on their own. */
    private void printTail(long runId) {
        long start = System.nanoTime();
        runs.closingCounts(runId, YEAR - 1);
        System.out.printf("closing counts, run again: %.2f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** On-disk bytes per assessment: heap, TOAST and indexes; the JSON columns' stored (compressed) and text size. */
    private void printStoredBytes(long rows) {
        System.out.println("stored bytes per assessment: " + jdbc.queryForMap("SELECT pg_relation_size('assessment') / ?"
                + " AS heap, pg_total_relation_size(reltoastrelid) / ? AS toast, pg_indexes_size('assessment') / ?"
                + " AS indexes FROM pg_class WHERE oid = 'assessment'::regclass", rows, rows, rows)
                + jdbc.queryForMap("SELECT AVG(pg_column_size(inputs))::int AS inputs_stored, AVG(octet_length(inputs))::int"
                + " AS inputs_text, AVG(pg_column_size(result))::int AS result_stored, AVG(octet_length(result))::int AS"
                + " result_text FROM assessment TABLESAMPLE SYSTEM (2)"));
    }

    @TestConfiguration
    static class StepThreadCpu {

        @Bean
        ItemWriteListener<EnterpriseProfile> stepThreadCpu() {
            return new ItemWriteListener<>() {
                @Override
                public void afterWrite(Chunk<? extends EnterpriseProfile> items) {
                    STEP_THREAD_CPU.put(Thread.currentThread(),
                            ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
                    PARTITION_END.put(Thread.currentThread(), System.nanoTime());
                }
            };
        }
    }

    private ClassificationRun awaitWithProgress(long runId) throws InterruptedException {
        while (true) {
            try {
                return classification.awaitEnd(runId, Duration.ofSeconds(10));
            } catch (IllegalStateException stillRunning) {
                long processed = jdbc.queryForObject("SELECT processed FROM classification_run WHERE id = ?",
                        Long.class, runId);
                System.out.printf("  … %,d processed, heap used %d MB%n", processed,
                        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
            }
        }
    }
}
