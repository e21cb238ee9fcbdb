package com.techladder.batch;

import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * On PostgreSQL, empties the test database's schema (Flyway clean) once per test JVM, before the first
 * {@link DatabaseSpecific} test: the modules' suites run one after the other on one database, and each starts from
 * what its own migrations create, not from what the previous module's tests left behind.
 */
public final class CleanPostgresSchema implements BeforeAllCallback {

    private static final AtomicBoolean CLEANED = new AtomicBoolean();

    /** The suite's PostgreSQL database, as application-postgres-test.yml names it. */
    public static String url() {
        return System.getenv().getOrDefault("TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    public static String user() {
        return System.getenv().getOrDefault("TEST_PG_USER", "postgres");
    }

    public static boolean onPostgres() {
        return System.getProperty("spring.profiles.active", "").contains("postgres");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (onPostgres() && CLEANED.compareAndSet(false, true)) {
            Flyway.configure().dataSource(url(), user(), "").cleanDisabled(false).load().clean();
        }
    }
}
