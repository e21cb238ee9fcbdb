package com.techladder.registry.plan;

import com.techladder.batch.assessment.AssessmentJson;
import com.techladder.batch.assessment.OpenCriteria;
import com.techladder.registry.testing.RegistryFixtures;
import com.techladder.rules.model.CertificateRecord;
import com.techladder.rules.model.Programme;
import com.techladder.rules.model.Tier;
import com.techladder.rules.result.Assessment;
import com.techladder.rules.result.Confidence;
import com.techladder.rules.result.CriterionResult;
import com.techladder.rules.result.CriterionStatus;
import com.techladder.rules.result.Outcome;
import com.techladder.rules.result.ProgrammeResult;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for the doubling-plan tests, written straight into the tables: enterprises with a district and 高新区 flag,
 * certificates exactly as an import stores them (effective_valid_until from the contract's default), classification
 * runs and their assessments. {@link #clear()} first: on PostgreSQL the database outlives a test class.
 */
final class PlanFixtures {

    private final JdbcTemplate jdbc;
    private final RegistryFixtures registry;
    private long importId;
    private int certificateSerial;

    PlanFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.registry = new RegistryFixtures(jdbc);
    }

    /** Empties assessments, runs, the registry and any plan edits, then restores the seeded “十四五” plan. */
    PlanFixtures clear() {
        // assessments are immutable (a PostgreSQL trigger refuses DELETE); TRUNCATE is how a test starts afresh
        jdbc.execute("TRUNCATE TABLE assessment");
        jdbc.update("DELETE FROM classification_run");
        registry.clearRegistry();
        jdbc.update("DELETE FROM plan_target_year");
        jdbc.update("DELETE FROM plan_target WHERE period_id IN (SELECT id FROM plan_period WHERE code <> 'FYP14')");
        jdbc.update("DELETE FROM plan_period WHERE code <> 'FYP14'");
        jdbc.update("DELETE FROM plan_change WHERE changed_by <> 'migration V6'");
        jdbc.update("DELETE FROM audit_log WHERE action LIKE 'PLAN_%'");
        jdbc.update("UPDATE plan_period SET conversion_rate = 0.5, non_renewal_rate = 0.3 WHERE code = 'FYP14'");
        // the values of migration V6 for the scopes tests edit
        jdbc.update("UPDATE plan_target SET base_count = 2057, target_count = 4000, assumption = FALSE,"
                + " note = '2020年末2057家 [S91]；2025年突破4000家 [S92]' WHERE scope = 'CITY'");
        jdbc.update("UPDATE plan_target SET base_count = 500, target_count = 1000 WHERE scope = 'HITECH_ZONE'");
        jdbc.update("UPDATE plan_target SET base_count = 450, target_count = 875 WHERE scope = '350102'");
        importId = registry.anImport();
        return this;
    }

    static String uscc(int serial) {
        return RegistryFixtures.uscc(serial);
    }

    /** An enterprise of the registry; {@code district} null = known only from a certificate list. */
    void enterprise(String uscc, String name, String district, boolean inHitechZone) {
        jdbc.update("INSERT INTO enterprise (uscc, name, district, in_hitech_zone, updated_at) VALUES (?, ?, ?, ?, ?)",
                uscc, name, district, inHitechZone, Timestamp.valueOf(LocalDateTime.now()));
        registry.registryChanged();
    }

    void techField(String uscc, int fiscalYear, int techField) {
        jdbc.update("INSERT INTO accounting_year (uscc, fiscal_year, tech_field, row_hash, source_import_id, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", uscc, fiscalYear, techField, "0".repeat(64), importId,
                Timestamp.valueOf(LocalDateTime.now()));
        registry.registryChanged();
    }

    /** A certificate as the import stores it; the record's contract default fills effective_valid_until. */
    void certificate(String uscc, String nameOnList, CertificateRecord record) {
        certificateSerial++;
        String key = record.certificateNo() != null ? record.certificateNo() : "K" + certificateSerial;
        LocalDate effective = record.effectiveValidUntil();
        jdbc.update("INSERT INTO certificate (uscc, programme, certificate_key, certificate_no, name_on_list, issued_on,"
                + " valid_until, effective_valid_until, batch, revoked, revoked_on, row_hash, source_import_id,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                uscc, record.programme().name(), key, record.certificateNo(), nameOnList,
                Date.valueOf(record.issuedOn()), date(record.validUntil()), date(effective), record.batch(),
                record.revoked(), date(record.revokedOn()), "0".repeat(64), importId,
                Timestamp.valueOf(LocalDateTime.now()));
        registry.registryChanged();
    }

    /** A classification run in the given state; returns its id. */
    long run(int assessmentYear, String status) {
        jdbc.update("INSERT INTO classification_run (assessment_year, status, run_trigger, ruleset_version,"
                + " parameter_snapshot, launched_by, started_at, finished_at) VALUES (?, ?, 'MANUAL', 'test', '{}',"
                + " 'test', ?, ?)", assessmentYear, status, Timestamp.valueOf(LocalDateTime.now()),
                Timestamp.valueOf(LocalDateTime.now()));
        registry.registryChanged();
        return jdbc.queryForObject("SELECT MAX(id) FROM classification_run", Long.class);
    }

    /** One enterprise's assessment in a run, with its 国家高企 outcome and innovation-score range. */
    void assessment(long runId, String uscc, String nationalHteOutcome, Integer scoreMin, Integer scoreMax) {
        assessment(runId, uscc, nationalHteOutcome, scoreMin, scoreMax, "{}", null);
    }

    /**
     * The same with a stored result whose 国家高企 programme has eight criteria, {@code openCriteria} of them not met
     * (alternately NOT_MET and UNKNOWN), as the classification job writes it.
     */
    void assessment(long runId, String uscc, String nationalHteOutcome, int scoreMin, int scoreMax, int openCriteria) {
        List<CriterionResult> criteria = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            CriterionStatus status = i >= openCriteria ? CriterionStatus.MET
                    : i % 2 == 0 ? CriterionStatus.NOT_MET : CriterionStatus.UNKNOWN;
            criteria.add(new CriterionResult("NATIONAL_HTE.C" + i, "国科发火〔2016〕32号 第十一条", "条件" + i, "condition " + i,
                    null, "—", status, null, null, Confidence.CONFIRMED));
        }
        ProgrammeResult national = new ProgrammeResult(Programme.NATIONAL_HTE, Outcome.valueOf(nationalHteOutcome),
                null, scoreMin, scoreMax, null, false, criteria, List.of());
        Assessment result = new Assessment(uscc, 2026, "test", Tier.NONE, Tier.NONE, List.of(national), List.of());
        assessment(runId, uscc, nationalHteOutcome, scoreMin, scoreMax, AssessmentJson.result(result),
                OpenCriteria.ofNationalHte(result));
    }

    /** With the open-criteria column the classification job writes beside the result (null: result unreadable). */
    private void assessment(long runId, String uscc, String nationalHteOutcome, Integer scoreMin, Integer scoreMax,
                            String resultJson, Integer openCriteria) {
        jdbc.update("INSERT INTO assessment (run_id, uscc, assessment_year, ruleset_version, input_hash, inputs, result,"
                + " eligible_tier, certified_tier, tech_sme_outcome, provincial_hte_outcome, national_hte_outcome,"
                + " national_hte_score_min, national_hte_score_max, national_hte_open_criteria, little_giant_outcome)"
                + " SELECT id, ?, assessment_year, 'test', ?, '{}', ?, ?, 'NONE', 'ELIGIBLE', 'ELIGIBLE', ?, ?, ?, ?,"
                + " 'NOT_ELIGIBLE' FROM classification_run WHERE id = ?",
                uscc, "0".repeat(64), resultJson,
                "ELIGIBLE".equals(nationalHteOutcome) ? "NATIONAL_HTE" : "PROVINCIAL_HTE",
                nationalHteOutcome, scoreMin, scoreMax, openCriteria, runId);
        registry.registryChanged();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
