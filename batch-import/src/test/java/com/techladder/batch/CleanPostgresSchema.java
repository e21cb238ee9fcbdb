package com.techladder.batch;

import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * On PostgreSQL, empties the test database's schema (Flyway clean) once per test JVM, before the first
 * {@link DatabaseSpecific} test: the modules' suites run one after the other on one database, and each starts from
 * what its own migrations create, not from what the previous module's tests left behind. Also before the test instance
 * is built: a class with one instance for all its tests ({@code PER_CLASS}) gets it, and with it the application
 * context and its migrated schema, before the class's before-all callbacks, and a clean then would drop that schema.
 */
public final class CleanPostgresSchema implements BeforeAllCallback, TestInstancePreConstructCallback {

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
    public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
        beforeAll(context);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (onPostgres() && CLEANED.compareAndSet(false, true)) {
            Flyway.configure().dataSource(url(), user(), "").cleanDisabled(false).load().clean();
        }
    }
}
