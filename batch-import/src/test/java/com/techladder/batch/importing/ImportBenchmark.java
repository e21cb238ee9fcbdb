package com.techladder.batch.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.batch.DatabaseCpu;
import com.techladder.sampledata.GenerationCounts;
import com.techladder.sampledata.SampleDataGenerator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Throughput of the enterprises import (issue 2): a generated file of 100,000 enterprises × 3 accounting years
 * (293,000 rows) into an empty registry, then the same file again (the idempotent no-change path). The first round
 * runs on a cold JVM and is reported apart; the next rounds show the import as a running registry performs it, code
 * compiled, and their median is the figure. Every timed import starts after a CHECKPOINT, so that one import's
 * checkpoint does not fall into the next one's time. Excluded from the suite; run against PostgreSQL with
 * {@code TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432/<db> mvn -o -q -pl batch-import test -Ppostgres
 * -Pbenchmark -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Target: ≥ 30,000 rows/s.
 */
@Tag("benchmark") // runs only with -Pbenchmark (root pom)
// selected by -Ppostgres (the DatabaseSpecific tag) without its schema clean: a benchmark's data may be reused
@Tag("postgres")
@SpringBootTest(properties = "techladder.import.staging-dir=${java.io.tmpdir}/techladder-benchmark-imports")
class ImportBenchmark {

    private static final int ENTERPRISES = Integer.getInteger("benchmark.enterprises", 100_000);
    private static final int WARM_ROUNDS = Integer.getInteger("benchmark.rounds", 5);

    @Autowired
    private ImportService imports;
    @Autowired
    private JdbcTemplate jdbc;
    @TempDir
    private Path dir;

    @Test
    void importsAHundredThousandEnterprises() throws Exception {
        GenerationCounts generated = SampleDataGenerator.writeTo(dir, ENTERPRISES, 20251127L,
                SampleDataGenerator.DEFAULT_LATEST_FISCAL_YEAR);
        Path file = dir.resolve(SampleDataGenerator.ENTERPRISES_FILE);
        long rows = generated.enterpriseRows();
        System.out.printf("generated %,d enterprises, %,d rows, %,d MB%n", generated.enterprises(), rows,
                Files.size(file) >> 20);

        List<Double> firstRates = new ArrayList<>();
        List<Double> againRates = new ArrayList<>();
        for (int round = 0; round <= WARM_ROUNDS; round++) {
            String label = round == 0 ? "cold JVM" : "round " + round;
            emptyRegistry();
            Timed first = timed(label + ", first import (empty registry)", file, rows);
            Timed again = timed(label + ", same file again (nothing changes)", file, rows);

            assertThat(first.status().status()).as(first.status().message()).isEqualTo(ImportStatus.COMPLETED);
            assertThat(first.status().read()).isEqualTo(rows);
            assertThat(first.status().written() + first.status().rejected()).isEqualTo(rows);
            assertThat(again.status().written()).isZero();
            if (round > 0) {
                firstRates.add(first.rowsPerSecond());
                againRates.add(again.rowsPerSecond());
            }
        }
        if (!firstRates.isEmpty()) {
            System.out.printf("median of %d warm rounds: first import %,.0f rows/s, same file again %,.0f rows/s%n",
                    firstRates.size(), median(firstRates), median(againRates));
        }
    }

    /** TRUNCATE rather than DELETE: the first import should meet an empty registry, not 300,000 dead rows. */
    private void emptyRegistry() {
        jdbc.execute("TRUNCATE import_staging_certificate, accounting_year_history, accounting_year, certificate, "
                + "enterprise, import_issue, data_import CASCADE");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private record Timed(ImportStatus status, double rowsPerSecond) {
    }

    private Timed timed(String label, Path file, long rows) throws Exception {
        jdbc.execute("CHECKPOINT");
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        double jvmCpuBefore = jvmCpuSeconds();
        double databaseCpuBefore = databaseCpuSeconds();
        long start = System.nanoTime();
        ImportStatus status = imports.importNow(ImportKind.ENTERPRISES, "benchmark.csv", file, Optional.empty(), "bench");
        double seconds = (System.nanoTime() - start) / 1e9;
        double jvmCpu = jvmCpuSeconds() - jvmCpuBefore;
        double databaseCpu = databaseCpuSeconds() - databaseCpuBefore;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("%s: %s, %,d rows in %.1f s = %,.0f rows/s; written %,d, rejected %,d; peak heap %,d MB; "
                + "CPU: JVM %.1f s, PostgreSQL backends %.1f s (load average %.1f)%n", label, status.status(), rows,
                seconds, rows / seconds, status.written(), status.rejected(), peak >> 20, jvmCpu, databaseCpu,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return new Timed(status, rows / seconds);
    }

    /** CPU time of this JVM: on a shared machine a fairer measure of the work done than the wall clock. */
    private static double jvmCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** The connection pool keeps the same backends for the whole import. */
    private double databaseCpuSeconds() {
        return DatabaseCpu.seconds(jdbc);
    }
}
