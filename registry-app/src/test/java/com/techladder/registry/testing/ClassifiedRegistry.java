package com.techladder.registry.testing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import com.techladder.batch.classification.ClassificationRun;
import com.techladder.batch.classification.ClassificationRunRepository;
import com.techladder.batch.classification.RunStatus;
import com.techladder.registry.assessment.RunLauncher;

/**
 * A three-enterprise registry in three districts, classified by real runs of the classification job, for the console,
 * review and access-control tests. One enterprise's name is markup, to prove every page shows it as text. On
 * PostgreSQL the database outlives a test class, so {@link #reset()} clears runs, assessments and the registry first.
 */
public final class ClassifiedRegistry {

    public static final int YEAR = 2025;
    public static final String GULOU = RegistryFixtures.uscc(7001);
    public static final String CANGSHAN = RegistryFixtures.uscc(7002);
    public static final String MAWEI = RegistryFixtures.uscc(7003);
    public static final String SCRIPT_NAME = "<script>alert('x')</script>福州标签科技有限公司";
    public static final List<String> ALL = List.of(GULOU, CANGSHAN, MAWEI);

    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(60);

    private final JdbcTemplate jdbc;
    private final RegistryFixtures fixtures;

    public ClassifiedRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.fixtures = new RegistryFixtures(jdbc);
    }

    /** Empties runs, assessments, the audit log, the run lock and the registry. */
    public void reset() {
        // TRUNCATE: on PostgreSQL a trigger refuses DELETE on assessment records, as it should
        jdbc.execute("TRUNCATE TABLE assessment");
        jdbc.update("DELETE FROM classification_run");
        jdbc.update("DELETE FROM audit_log");
        jdbc.update("UPDATE classification_lock SET holder = NULL, run_id = NULL, expires_at = NULL");
        fixtures.clearRegistry();
    }

    /** The three enterprises with the fiscal years 2022–2024 that an assessment for {@link #YEAR} reads. */
    public void enterprises() {
        long importId = fixtures.anImport();
        fixtures.enterprise(GULOU, "福州闽江光电科技有限公司", "350102", LocalDate.of(2012, 3, 1));
        fixtures.enterprise(CANGSHAN, SCRIPT_NAME, "350104", LocalDate.of(2015, 6, 1));
        fixtures.enterprise(MAWEI, "福州马江船舶软件有限公司", "350105", LocalDate.of(2018, 9, 1));
        for (int fiscalYear = YEAR - 3; fiscalYear < YEAR; fiscalYear++) {
            fixtures.year(GULOU, fiscalYear, 120, 36, "6000", "480", importId);
            fixtures.year(CANGSHAN, fiscalYear, 80, 20, "3000", "240", importId);
            fixtures.year(MAWEI, fiscalYear, 40, 2, "900", "9", importId);
        }
        // every statement the programmes ask about, so that outcomes are decided rather than left for review
        jdbc.update("UPDATE accounting_year SET total_income = revenue, hitech_revenue = revenue * 0.65,"
                + " total_liabilities = 800, total_cost = revenue * 0.7, rd_expense_domestic = rd_expense,"
                + " ip_class1 = 1, ip_class2 = 4, ip_self_developed = TRUE, tech_conversions = 4, rd_mgmt_system = TRUE,"
                + " rd_institution = TRUE, conversion_incentives = TRUE, talent_system = TRUE,"
                + " provincial_rd_institution = FALSE, national_award_top3 = FALSE, led_standard = FALSE,"
                + " software_industry = FALSE, audited_tax_method = TRUE, restricted_industry = FALSE,"
                + " major_safety_incident = FALSE, major_quality_incident = FALSE, serious_env_violation = FALSE,"
                + " research_misconduct = FALSE, serious_fraud = FALSE, abnormal_operation_list = FALSE,"
                + " serious_dishonesty_list = FALSE, rd_super_deduction = rd_expense, income_tax_payable = 30");
    }

    /** Launches a classification of {@link #YEAR} and waits for it to end; answers the run. */
    public ClassificationRun classify(RunLauncher launcher, ClassificationRunRepository runs) {
        return classify(launcher, runs, YEAR);
    }

    /** Launches a classification of {@code assessmentYear} (of another year than {@link #YEAR}: no figures) and waits. */
    public ClassificationRun classify(RunLauncher launcher, ClassificationRunRepository runs, int assessmentYear) {
        long runId = launcher.launch(assessmentYear);
        long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            ClassificationRun run = runs.find(runId).orElseThrow();
            if (run.status() != RunStatus.STARTED) {
                return run;
            }
            sleep();
        }
        throw new AssertionError("classification run " + runId + " did not end within " + RUN_TIMEOUT);
    }

    /** A change of input between two runs: the Gulou enterprise reports no technology staff in 2024. */
    public void gulouLosesItsTechStaff() {
        jdbc.update("UPDATE accounting_year SET tech_staff = 0 WHERE uscc = ? AND fiscal_year = ?", GULOU, YEAR - 1);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
