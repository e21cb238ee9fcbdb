package com.techladder.batch.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.techladder.batch.DatabaseSpecific;
import com.techladder.batch.classification.SampleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Assessment records are never updated or deleted: no code says so, and PostgreSQL refuses it anyway. */
@DatabaseSpecific
@SpringBootTest
class AssessmentImmutabilityTest {

    private static final Pattern CHANGES_RECORDS =
            Pattern.compile("(?i)(UPDATE\\s+assessment\\b|DELETE\\s+FROM\\s+assessment\\b|MERGE\\s+INTO\\s+assessment\\b)");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noMainSourceOfAnyModuleUpdatesOrDeletesAssessmentRecords() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of(".."))) {
            // build output is not a module's source (.ci/run builds the PostgreSQL suite in a copy under target/)
            sources = files.filter(p -> !p.toString().contains(java.io.File.separator + "target" + java.io.File.separator))
                    .filter(p -> p.toString().contains("src" + java.io.File.separator + "main"))
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql"))
                    .filter(p -> !p.toString().contains("assessment_immutable"))
                    .toList();
        }
        assertThat(sources).anyMatch(p -> p.endsWith("AssessmentInserts.java"));
        for (Path source : sources) {
            assertThat(CHANGES_RECORDS.matcher(Files.readString(source)).find()).as(source.toString()).isFalse();
        }
    }

    @Test
    void postgresqlRefusesUpdateAndDeleteOfARecord() {
        SampleRegistry.clear(jdbc);
        jdbc.update("INSERT INTO classification_run (assessment_year, status, run_trigger, ruleset_version,"
                + " parameter_snapshot, launched_by, started_at) VALUES (2025, 'COMPLETED', 'MANUAL', 'v', '{}', 't', now())");
        long runId = jdbc.queryForObject("SELECT MAX(id) FROM classification_run", Long.class);
        jdbc.update("INSERT INTO assessment (run_id, uscc, assessment_year, ruleset_version, input_hash, inputs, result,"
                + " eligible_tier, certified_tier, tech_sme_outcome, provincial_hte_outcome, national_hte_outcome,"
                + " little_giant_outcome) VALUES (?, '91350100M000100Y43', 2025, 'v', ?, '{}', '{}', 'NONE', 'NONE',"
                + " 'NOT_ELIGIBLE', 'NOT_ELIGIBLE', 'NOT_ELIGIBLE', 'NOT_ELIGIBLE')", runId, "0".repeat(64));
        boolean postgres = jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName()).contains("PostgreSQL");
        if (postgres) {
            assertThatThrownBy(() -> jdbc.update("UPDATE assessment SET eligible_tier = 'NATIONAL_HTE'"))
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
            assertThatThrownBy(() -> jdbc.update("DELETE FROM assessment"))
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
        }
        // on H2 the application's own guarantee stands alone (see the source check above)
        assertThat(jdbc.queryForObject("SELECT eligible_tier FROM assessment WHERE run_id = ?", String.class, runId))
                .isEqualTo("NONE");
    }
}
