package com.techladder.batch.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.techladder.batch.DatabaseSpecific;
import com.techladder.batch.crash.CrashDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Imports killed for real: a child JVM imports a large file on the test's database (H2, or PostgreSQL with
 * -Ppostgres) and is killed with destroyForcibly (SIGKILL) while staging, or while its merge waits for the merge lock;
 * then an instance starts on the same database, finds the import cut off and fails it with a reason, with nothing
 * staged left, no upload kept and the registry untouched — and the same file uploaded again imports whole.
 */
@DatabaseSpecific
class ImportKillTest {

    private static final int ROWS = 30_000;
    private static final Duration START_UP = Duration.ofMinutes(3);

    @TempDir
    Path dir;
    private CrashDatabase db;
    private JdbcTemplate jdbc;
    private Path staging;
    private Path file;

    @BeforeEach
    void emptyRegistry() throws IOException {
        db = CrashDatabase.open(dir);
        jdbc = db.jdbc();
        for (String table : List.of("import_staging_certificate", "accounting_year_history", "accounting_year",
                "certificate", "enterprise", "import_issue", "data_import")) {
            jdbc.update("DELETE FROM " + table);
        }
        staging = dir.resolve("staging");
        file = largeFile();
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void anImportKilledWhileStagingIsFailedAndCleanedByTheNextInstanceAndImportsWholeWhenUploadedAgain()
            throws Exception {
        Process child = startImport();
        CrashDatabase.await("rows staged by the child (log: " + db.childLog() + ")", START_UP,
                () -> count("SELECT COUNT(*) FROM accounting_year_history") > 0);
        CrashDatabase.kill(child);

        long importId = cutOffImport();
        assertThat(count("SELECT COUNT(*) FROM accounting_year_history")).as("killed mid-file").isBetween(1, ROWS - 1);

        recoverAndRetry(importId);
    }

    /**
     * PostgreSQL only: on H2 this test's JVM serves the database to the child, and H2's server kept the killed
     * client's session — and its locks — for longer than the test waits. In production H2 is embedded in the one
     * instance, and dies with it.
     */
    @Test
    void anImportKilledDuringItsMergeIsFailedAndCleanedByTheNextInstance() throws Exception {
        assumeTrue(db.isPostgres(), "the merge-time kill runs on PostgreSQL");
        try (Connection holder = DriverManager.getConnection(db.url(), jdbcUser(), "")) {
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                lock.execute("SELECT id FROM import_merge_lock WHERE id = 1 FOR UPDATE");
            }
            Process child = startImport();
            CrashDatabase.await("the child's merge step (log: " + db.childLog() + ")", START_UP,
                    () -> count("SELECT COUNT(*) FROM batch_step_execution s JOIN data_import d ON "
                            + "d.job_execution_id = s.job_execution_id WHERE s.step_name LIKE '%.merge' "
                            + "AND s.status = 'STARTED'") > 0);
            Thread.sleep(300); // the merge transaction is open and waits for the lock
            CrashDatabase.kill(child);
            holder.rollback();
        } catch (SQLException serverGone) {
            // on H2 the child may have served the database: the holder's connection went with it
        }
        long importId = cutOffImport();
        assertThat(count("SELECT COUNT(*) FROM accounting_year_history")).as("all staged, none merged").isEqualTo(ROWS);

        recoverAndRetry(importId);
    }

    private void recoverAndRetry(long importId) throws Exception {
        try (ConfigurableApplicationContext instance = db.startInstance("--techladder.import.staging-dir=" + staging,
                "--techladder.import.lease=2s", "--techladder.import.heartbeat=200ms")) {
            ImportService imports = instance.getBean(ImportService.class);
            CrashDatabase.await("the cut-off import failed", Duration.ofSeconds(30),
                    () -> ImportStatus.FAILED.equals(imports.find(importId).orElseThrow().status()));

            ImportStatus failed = imports.find(importId).orElseThrow();
            assertThat(failed.message()).isEqualTo(ImportRecovery.CUT_OFF.stored());
            assertThat(count("SELECT COUNT(*) FROM accounting_year_history")).as("staged rows dropped").isZero();
            assertThat(count("SELECT COUNT(*) FROM enterprise")).as("registry untouched").isZero();
            assertThat(count("SELECT COUNT(*) FROM accounting_year")).isZero();
            assertThat(jdbc.queryForObject("SELECT e.status FROM batch_job_execution e JOIN data_import d "
                    + "ON d.job_execution_id = e.job_execution_id WHERE d.id = ?", String.class, importId))
                    .as("its execution can never be restarted").isEqualTo("ABANDONED");
            CrashDatabase.await("the upload removed", Duration.ofSeconds(10), () -> uploads() == 0);

            ImportStatus again = imports.importNow(ImportKind.ENTERPRISES, "again.csv", file, Optional.empty(), "staff");

            assertThat(again.status()).as(again.message()).isEqualTo(ImportStatus.COMPLETED);
            assertThat(again.written()).isEqualTo(ROWS);
            assertThat(count("SELECT COUNT(*) FROM accounting_year")).isEqualTo(ROWS);
        }
    }

    private Process startImport() throws IOException {
        return db.startChild(List.of("import", file.toString()), "--techladder.import.staging-dir=" + staging,
                "--techladder.import.chunk-size=200", "--techladder.import.lease=2s",
                "--techladder.import.heartbeat=200ms");
    }

    /** The one import, still STARTED after the kill: nothing in the dead process got to mark it. */
    private long cutOffImport() {
        List<String> statuses = jdbc.queryForList("SELECT status FROM data_import", String.class);
        assertThat(statuses).containsExactly(ImportStatus.STARTED);
        assertThat(uploads()).as("the killed process left its upload").isEqualTo(1);
        return jdbc.queryForObject("SELECT id FROM data_import", Long.class);
    }

    private Path largeFile() throws IOException {
        Path large = dir.resolve("large.csv");
        try (Writer out = Files.newBufferedWriter(large, StandardCharsets.UTF_8)) {
            out.write("uscc,name,district,established_on,fiscal_year,employees,tech_staff,revenue,total_assets,"
                    + "rd_expense\n");
            for (int i = 0; i < ROWS; i++) {
                out.write(ImportTestSupport.withCheckDigit(String.format("913501020%08d", i)) + ",企业" + i
                        + ",350102,2015-03-01,2023,100,20,1000,800,60\n");
            }
        }
        return large;
    }

    private long uploads() {
        if (!Files.isDirectory(staging)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(staging)) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String jdbcUser() {
        return db.isPostgres() ? System.getenv().getOrDefault("TEST_PG_USER", "postgres") : "sa";
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
