package com.techladder.batch.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.techladder.rules.model.Programme;
import com.techladder.rules.model.Tier;
import com.techladder.rules.result.Assessment;
import com.techladder.rules.result.Confidence;
import com.techladder.rules.result.CriterionResult;
import com.techladder.rules.result.CriterionStatus;
import com.techladder.rules.result.Outcome;
import com.techladder.rules.result.ProgrammeResult;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migration V50 on a registry classified before it: the records of the pipeline's outcomes get their open 国家高企
 * criteria from the stored result, the others stay empty, and on PostgreSQL the records are immutable again after.
 * Runs in a schema of its own, migrated to {@value #BEFORE_V50} first.
 */
@SpringBootTest
class OpenCriteriaMigrationTest {

    private static final String SCHEMA = "v50_check";
    /** A version both databases have (Flyway's target must exist); what lies between is applied with V50. */
    private static final String BEFORE_V50 = "46";

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void dropSchema() {
        jdbc.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    @Test
    void recordsClassifiedBeforeV50GetTheirOpenCriteriaFromTheStoredResult() {
        jdbc.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        flyway(BEFORE_V50).migrate();
        jdbc.update("INSERT INTO " + SCHEMA + ".classification_run (assessment_year, status, run_trigger,"
                + " ruleset_version, parameter_snapshot, launched_by, started_at)"
                + " VALUES (2025, 'COMPLETED', 'MANUAL', 'v', '{}', 't', CURRENT_TIMESTAMP)");
        long run = jdbc.queryForObject("SELECT MAX(id) FROM " + SCHEMA + ".classification_run", Long.class);
        insert(run, "91350100M000100Y43", "ELIGIBLE", AssessmentJson.result(withOpenCriteria(0)));
        insert(run, "91350100M000101Y3Y", "NEEDS_REVIEW", AssessmentJson.result(withOpenCriteria(3)));
        insert(run, "91350100M000102Y1B", "NEEDS_REVIEW", "not json");
        insert(run, "91350100M000103Y0Q", "NOT_ELIGIBLE", AssessmentJson.result(withOpenCriteria(5)));

        flyway(null).migrate();

        assertThat(jdbc.queryForList("SELECT national_hte_open_criteria FROM " + SCHEMA + ".assessment ORDER BY uscc",
                Integer.class)).containsExactly(0, 3, null, null);
        if (postgres()) {
            assertThatThrownBy(() -> jdbc.update("UPDATE " + SCHEMA + ".assessment SET national_hte_open_criteria = 1"))
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
        }
    }

    private Flyway flyway(String target) {
        var config = Flyway.configure().dataSource(dataSource).schemas(SCHEMA).createSchemas(true)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + (postgres() ? "postgresql" : "h2"));
        if (target != null) {
            config.target(target);
        }
        return config.load();
    }

    private void insert(long run, String uscc, String outcome, String result) {
        jdbc.update("INSERT INTO " + SCHEMA + ".assessment (run_id, uscc, assessment_year, ruleset_version, input_hash,"
                + " inputs, result, eligible_tier, certified_tier, tech_sme_outcome, provincial_hte_outcome,"
                + " national_hte_outcome, little_giant_outcome) VALUES (?, ?, 2025, 'v', ?, '{}', ?, 'NONE', 'NONE',"
                + " 'NOT_ELIGIBLE', 'NOT_ELIGIBLE', ?, 'NOT_ELIGIBLE')", run, uscc, "0".repeat(64), result, outcome);
    }

    /** A result whose 国家高企 programme has eight criteria, {@code open} of them NOT_MET. */
    private static Assessment withOpenCriteria(int open) {
        List<CriterionResult> criteria = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            criteria.add(new CriterionResult("NATIONAL_HTE.C" + i, "国科发火〔2016〕32号 第十一条", "条件" + i,
                    "condition " + i, null, "—", i < open ? CriterionStatus.NOT_MET : CriterionStatus.MET, null, null,
                    Confidence.CONFIRMED));
        }
        ProgrammeResult national = new ProgrammeResult(Programme.NATIONAL_HTE, Outcome.NEEDS_REVIEW, null, 60, 80,
                null, false, criteria, List.of());
        return new Assessment("91350100M000100Y43", 2025, "v", Tier.NONE, Tier.NONE, List.of(national), List.of());
    }

    private boolean postgres() {
        return jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName()).contains("PostgreSQL");
    }
}
