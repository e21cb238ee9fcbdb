package com.techladder.batch.classification;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Classifies a generated registry end to end on PostgreSQL — read, evaluate, write — and prints enterprises per second
 * and the peak heap. Excluded from the suite; run it with (docs/performance.md):
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
        Map<String, Long> threadsBefore = ThreadCpu.byKind();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        long runId = classification.start(YEAR, RunTrigger.MANUAL, "benchmark");
        ClassificationRun run = awaitWithProgress(runId);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;

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
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.processed()).isEqualTo(total);
    }

    /** Each partition thread's CPU time as of its last chunk written: the step's own work, without GC and JIT threads. */
    private static final Map<Thread, Long> STEP_THREAD_CPU = new ConcurrentHashMap<>();

    @TestConfiguration
    static class StepThreadCpu {

        @Bean
        ItemWriteListener<EnterpriseProfile> stepThreadCpu() {
            return new ItemWriteListener<>() {
                @Override
                public void afterWrite(Chunk<? extends EnterpriseProfile> items) {
                    STEP_THREAD_CPU.put(Thread.currentThread(),
                            ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
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
