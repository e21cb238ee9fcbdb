package com.techladder.batch;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that also runs on PostgreSQL ({@code mvn verify -Ppostgres} runs only these): it exercises a path whose SQL
 * or database behaviour differs between H2 and PostgreSQL — COPY and the import merge, lineage triggers, migrations,
 * locks and leases, kills and recovery, sessions and login counts shared by instances, set-based queries with vendor
 * SQL (registry search, the official run, plan counts and pipeline, exports streamed from a cursor). Everything else
 * runs on H2 only (docs/architecture.md, "Testing"). On PostgreSQL the first such test of a module starts from an
 * empty schema. Declared once for every module: registry-app's tests use it through batch-import's test-jar.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ExtendWith(CleanPostgresSchema.class)
public @interface DatabaseSpecific {
}
