package com.techladder.batch.crash;

import com.techladder.batch.BatchTestApplication;
import com.techladder.batch.CleanPostgresSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.flywaydb.core.Flyway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database a crash test shares between the process it kills and the instance that starts after: PostgreSQL when the
 * suite runs with {@code -Ppostgres} ({@code TEST_PG_URL}), else an H2 file database that this JVM opens first and
 * serves to the child over TCP (AUTO_SERVER), so that killing the child is a client dying mid-transaction, as with
 * PostgreSQL.
 */
public final class CrashDatabase {

    private final String url;
    private final String user;
    private final String vendor;
    private final JdbcTemplate jdbc;
    private final Path logs;

    private CrashDatabase(String url, String user, String vendor, Path logs) {
        this.url = url;
        this.user = user;
        this.vendor = vendor;
        this.logs = logs;
        this.jdbc = new JdbcTemplate(new DriverManagerDataSource(url, user, ""));
    }

    /** The suite's database, migrated (each test empties what it uses). */
    public static CrashDatabase open(Path dir) {
        CrashDatabase db = CleanPostgresSchema.onPostgres()
                ? new CrashDatabase(CleanPostgresSchema.url(), CleanPostgresSchema.user(), "postgresql", dir)
                : new CrashDatabase("jdbc:h2:file:" + dir.resolve("crash").toAbsolutePath() + ";MODE=PostgreSQL;"
                        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE;DB_CLOSE_DELAY=-1;"
                        + "LOCK_TIMEOUT=120000", "sa", "h2", dir);
        Flyway.configure().dataSource(db.url, db.user, "")
                .locations("classpath:db/migration/common", "classpath:db/migration/" + db.vendor)
                .load().migrate();
        return db;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public boolean isPostgres() {
        return vendor.equals("postgresql");
    }

    /**
     * Closes the H2 database this JVM serves (a no-op on PostgreSQL): left open, its lock-file watchdog rewrites files
     * in the test's temporary directory while JUnit deletes it, and the deletion fails the test.
     */
    public void close() {
        if (!isPostgres()) {
            jdbc.execute("SHUTDOWN");
        }
    }

    public String url() {
        return url;
    }

    /** Starts an instance in a child JVM running {@link CrashTarget} with {@code command} and Spring arguments. */
    public Process startChild(List<String> command, String... springArguments) throws IOException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                CrashTarget.class.getName()));
        line.addAll(command);
        line.addAll(arguments(springArguments));
        Files.createDirectories(logs);
        Process child = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(logs.resolve("child.log").toFile()).start();
        // a test that fails before its kill must not leave the child running
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroyForcibly));
        return child;
    }

    /** An application context in this JVM on the same database: the instance that starts after the crash. */
    public ConfigurableApplicationContext startInstance(String... springArguments) {
        return new SpringApplicationBuilder(BatchTestApplication.class)
                .run(arguments(springArguments).toArray(String[]::new));
    }

    private List<String> arguments(String... extra) {
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=crash-test",
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=", "--spring.main.banner-mode=off"));
        arguments.addAll(List.of(extra));
        return arguments;
    }

    /** Kills the process the way a power cut or {@code kill -9} would: no shutdown hook, no listener, nothing. */
    public static void kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Waits until {@code condition} holds (database errors count as "not yet"), failing after {@code timeout}. */
    public static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (DataAccessException e) {
                // the child is still migrating or starting
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for: " + what);
            }
            Thread.sleep(20);
        }
    }

    public Path childLog() {
        return logs.resolve("child.log");
    }
}
