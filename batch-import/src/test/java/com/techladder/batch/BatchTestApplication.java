package com.techladder.batch;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring Boot configuration the batch-import tests start: every job of the module, the registry schema from
 * Flyway and Spring Batch's JobRepository in the same database (H2 by default, PostgreSQL with -Ppostgres).
 */
@SpringBootApplication
public class BatchTestApplication {
}
