package com.techladder.batch.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.batch.classification.GeneratedRegistry;
import com.techladder.batch.classification.SampleRegistry;
import com.techladder.rules.parameter.ParameterFiles;
import com.techladder.rules.parameter.ParameterSet;
import com.techladder.rules.result.Confidence;
import com.techladder.sampledata.SampleDataGenerator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.node.DoubleNode;

/**
 * Simulates a draft over a generated registry on PostgreSQL — read, two full evaluations per enterprise (every
 * programme and subsidy, the criterion that changed), figures stored — and prints enterprises per second, the JVM's
 * CPU, the old generation's peak and the load average. Excluded from the suite; run it with (docs/performance.md):
 *
 * <pre>
 * TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432/test_simulation mvn -B -ntp -o test -Ppostgres -pl batch-import -am \
 *   -Pbenchmark -Dtest=SimulationBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *   -DargLine="-Xmx1g -XX:+UseParallelGC" -Dbenchmark.enterprises=100000
 * </pre>
 *
 * The registry is generated (seed 42, three accounting years each) and loaded with COPY ({@link GeneratedRegistry})
 * unless one of at least that size is there already and {@code -Dbenchmark.reuse=true}; loading is not timed.
 */
@Tag("benchmark") // runs only with -Pbenchmark (root pom)
@Tag("postgres")
@SpringBootTest
class SimulationBenchmark {

    private static final int ENTERPRISES = Integer.getInteger("benchmark.enterprises", 100_000);
    private static final boolean REUSE = Boolean.getBoolean("benchmark.reuse");
    private static final int YEAR = SampleDataGenerator.DEFAULT_LATEST_FISCAL_YEAR + 1;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PolicySimulations simulations;

    @Test
    void simulateADraftOverAGeneratedRegistry() throws Exception {
        if (!REUSE || jdbc.queryForObject("SELECT COUNT(*) FROM enterprise", Integer.class) < ENTERPRISES) {
            SampleRegistry.clear(jdbc);
            GeneratedRegistry.generateAndLoad(jdbc, dataSource, ENTERPRISES, 42L);
        }
        jdbc.update("DELETE FROM policy_simulation");
        ParameterSet baseline = ParameterFiles.load();
        ParameterSet draft = baseline
                .withValue("national_hte.min_staff_ratio", LocalDate.of(YEAR, 1, 1), DoubleNode.valueOf(0.3),
                        "基准测试草案", Confidence.CONFIRMED)
                .withValue("tech_sme.pass_score", LocalDate.of(YEAR, 1, 1), DoubleNode.valueOf(70), "基准测试草案",
                        Confidence.CONFIRMED);
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = os.getSystemLoadAverage();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        long id = simulations.simulate(1L, baseline, draft, YEAR, SimulationFilter.NONE, "benchmark");
        Simulation s = awaitWithProgress(id);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
        long oldGenPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getName().contains("Old"))
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("simulated %,d enterprises (2 evaluations each) in %.1f s: %,.0f enterprises/s; JVM CPU"
                + " %.1f s; heap limit %d MB, old-generation peak %d MB; load average %.1f before, %.1f after;"
                + " %,d enterprises changed (%,d changes); pipeline %d -> %d%n",
                s.done(), seconds, s.done() / seconds, cpuSeconds, Runtime.getRuntime().maxMemory() >> 20,
                oldGenPeak >> 20, loadBefore, os.getSystemLoadAverage(), s.changedEnterprises(),
                simulations.countChanges(id), s.pipelineBefore(), s.pipelineAfter());
        assertThat(s.status()).as(s.failure()).isEqualTo(SimulationStatus.COMPLETED);
    }

    private Simulation awaitWithProgress(long id) throws InterruptedException {
        while (true) {
            try {
                return simulations.awaitEnd(id, Duration.ofSeconds(5));
            } catch (IllegalStateException stillRunning) {
                Simulation s = simulations.find(id).orElseThrow();
                System.out.printf("  … %d%% (%,d read), heap used %d MB%n", s.progressPercent(), s.done(),
                        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
            }
        }
    }
}
