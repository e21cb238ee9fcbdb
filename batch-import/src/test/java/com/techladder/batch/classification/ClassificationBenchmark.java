package com.techladder.batch.classification;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.rules.identity.FuzhouDivision;
import com.techladder.rules.identity.TechField;
import com.techladder.sampledata.CsvColumns;
import com.techladder.sampledata.SampleDataGenerator;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Classifies a generated registry end to end on PostgreSQL — read, evaluate, write — and prints enterprises per second
 * and the peak heap. Excluded from the suite; run it with (docs/performance.md):
 *
 * <pre>
 * TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432/tl_bench mvn -o -q -pl batch-import test -Ppostgres \
 *   -Dtest=ClassificationBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx1g
 * </pre>
 *
 * {@code -Dbenchmark.enterprises=N} changes the size (default 1,000,000; three accounting years each). The registry is
 * loaded with COPY into staging tables and set-based SQL, which is not part of the measured time;
 * {@code -Dbenchmark.reuse=true} keeps the registry an earlier run loaded.
 */
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
            generateAndLoad();
        }
        int total = jdbc.queryForObject("SELECT COUNT(*) FROM enterprise", Integer.class);
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

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
        System.out.printf("classified %,d enterprises in %.1f s: %,.0f enterprises/s; JVM CPU %.1f s (%.0f µs per"
                + " enterprise); heap limit %d MB, old-generation peak %d MB; load average %.1f; tiers %s%n",
                run.processed(), seconds, run.processed() / seconds, cpuSeconds, cpuSeconds * 1e6 / run.processed(),
                Runtime.getRuntime().maxMemory() >> 20, oldGenPeak >> 20, os.getSystemLoadAverage(), run.tierCounts());
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.processed()).isEqualTo(total);
    }

    private void generateAndLoad() throws Exception {
        Path directory = Files.createTempDirectory("classification-benchmark");
        try {
            long t0 = System.nanoTime();
            SampleDataGenerator.writeTo(directory, ENTERPRISES, SEED, SampleDataGenerator.DEFAULT_LATEST_FISCAL_YEAR);
            long t1 = System.nanoTime();
            load(directory);
            long t2 = System.nanoTime();
            System.out.printf("generated %,d enterprises in %.1f s, loaded with COPY in %.1f s%n", ENTERPRISES,
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        } finally {
            FileSystemUtils.deleteRecursively(directory);
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

    /** COPY the generated files into staging tables, then set-based SQL into the registry tables. */
    private void load(Path directory) throws Exception {
        jdbc.execute("DROP TABLE IF EXISTS bench_enterprises, bench_certificates");
        jdbc.execute(staging("bench_enterprises", CsvColumns.ENTERPRISES));
        jdbc.execute(staging("bench_certificates", CsvColumns.CERTIFICATES));
        copy("bench_enterprises", directory.resolve(SampleDataGenerator.ENTERPRISES_FILE));
        copy("bench_certificates", directory.resolve(SampleDataGenerator.CERTIFICATES_FILE));
        jdbc.update("INSERT INTO data_import (kind, file_name, sha256, status, started_by, started_at)"
                + " VALUES ('enterprises', 'benchmark', ?, 'COMPLETED', 'benchmark', now())", "0".repeat(64));
        long importId = jdbc.queryForObject("SELECT MAX(id) FROM data_import", Long.class);
        String district = Arrays.stream(FuzhouDivision.values())
                .map(d -> "WHEN '" + d.nameZh() + "' THEN '" + d.code() + "'")
                .collect(Collectors.joining(" ", "CASE district ", " ELSE district END"));
        String techField = Arrays.stream(TechField.values())
                .map(f -> "WHEN '" + f.nameZh() + "' THEN " + f.number())
                .collect(Collectors.joining(" ", "CASE tech_field ", " ELSE tech_field::smallint END"));
        jdbc.execute("INSERT INTO enterprise (uscc, name, district, in_hitech_zone, established_on, profile_fiscal_year,"
                + " source_import_id, updated_at) SELECT DISTINCT ON (uscc) uscc, name, " + district + ","
                + " in_hitech_zone::boolean, established_on::date, fiscal_year::int, " + importId + ", now()"
                + " FROM bench_enterprises ORDER BY uscc, fiscal_year::int DESC");
        String columns = String.join(", ", CsvColumns.ENTERPRISES.subList(5, CsvColumns.ENTERPRISES.size()));
        String values = CsvColumns.ENTERPRISES.subList(5, CsvColumns.ENTERPRISES.size()).stream()
                .map(c -> c.equals("tech_field") ? techField : "NULLIF(" + c + ", '')::" + sqlType(c))
                .collect(Collectors.joining(", "));
        jdbc.execute("INSERT INTO accounting_year (uscc, " + columns + ", row_hash, source_import_id, updated_at)"
                + " SELECT uscc, " + values + ", '" + "0".repeat(64) + "', " + importId + ", now() FROM bench_enterprises");
        jdbc.execute("INSERT INTO enterprise (uscc, name, updated_at) SELECT DISTINCT ON (uscc) uscc, name, now()"
                + " FROM bench_certificates c WHERE NOT EXISTS (SELECT 1 FROM enterprise e WHERE e.uscc = c.uscc)");
        jdbc.execute("INSERT INTO certificate (uscc, programme, certificate_key, certificate_no, name_on_list, issued_on,"
                + " valid_until, batch, revoked, revoked_on, row_hash, source_import_id, updated_at)"
                + " SELECT uscc, programme, COALESCE(NULLIF(certificate_no, ''), issued_on), NULLIF(certificate_no, ''),"
                + " name, issued_on::date, NULLIF(valid_until, '')::date, NULLIF(batch, ''),"
                + " COALESCE(NULLIF(revoked, '')::boolean, FALSE), NULLIF(revoked_on, '')::date, '" + "0".repeat(64)
                + "', " + importId + ", now() FROM bench_certificates ON CONFLICT DO NOTHING");
        jdbc.execute("DROP TABLE bench_enterprises, bench_certificates");
        jdbc.execute("ANALYZE enterprise");
        jdbc.execute("ANALYZE accounting_year");
        jdbc.execute("ANALYZE certificate");
    }

    private static String staging(String table, List<String> columns) {
        return "CREATE UNLOGGED TABLE " + table + " ("
                + columns.stream().map(c -> c + " TEXT").collect(Collectors.joining(", ")) + ")";
    }

    private void copy(String table, Path file) throws Exception {
        try (Connection connection = dataSource.getConnection(); InputStream in = Files.newInputStream(file)) {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv, HEADER true)", in);
        }
    }

    private static String sqlType(String column) {
        return switch (column) {
            case "fiscal_year", "employees", "tech_staff", "ip_class1", "ip_class2", "tech_conversions" -> "int";
            case "expert_innovation_score" -> "numeric";
            case "revenue", "total_income", "hitech_revenue", "total_assets", "total_liabilities", "net_assets",
                    "total_cost", "rd_expense", "rd_expense_domestic", "rd_super_deduction", "income_tax_payable" -> "numeric";
            default -> "boolean";
        };
    }
}
