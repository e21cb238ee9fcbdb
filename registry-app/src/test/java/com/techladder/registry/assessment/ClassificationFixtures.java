package com.techladder.registry.assessment;

import com.techladder.registry.testing.RegistryFixtures;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small registry whose enterprises land on different rungs,. On PostgreSQL the
 * database outlives a test class, so everything is cleared first.
 */
final class ClassificationFixtures {

    static final int YEAR = 2025;
    /** Employees per enterprise: 科小 allows at most 500, so a parameter change to 100 moves the larger ones. */
    static final List<Integer> EMPLOYEES = List.of(60, 90, 150, 240, 420, 80);
    static final String FORMULA_NAME = "=HYPERLINK(\"http://example.invalid\",\"点击\")";

    private ClassificationFixtures() {
    }

    static String uscc(int i) {
        return RegistryFixtures.uscc(9000 + i);
    }

    static void registry(JdbcTemplate jdbc) {
        clear(jdbc);
        RegistryFixtures fixtures = new RegistryFixtures(jdbc);
        long importId = fixtures.anImport();
        for (int i = 0; i < EMPLOYEES.size(); i++) {
            int employees = EMPLOYEES.get(i);
            String name = i == 0 ? FORMULA_NAME : "福州测试" + i + "科技有限公司";
            fixtures.enterprise(uscc(i), name, "350102", LocalDate.of(2012, 3, 1));
            for (int year = YEAR - 3; year < YEAR; year++) {
                int growth = year - (YEAR - 3);
                fixtures.year(uscc(i), year, employees, employees * (10 + 5 * i) / 100,
                        Integer.toString(1500 * (i + 1) + 300 * growth), Integer.toString(90 * (i + 1) + 30 * growth),
                        importId);
            }
        }
        // the figures and statements every programme asks about, so that outcomes are decided rather than unknown
        jdbc.update("UPDATE accounting_year SET total_income = revenue, hitech_revenue = revenue * 0.7,"
                + " total_liabilities = 1000, total_cost = revenue * 0.8, rd_expense_domestic = rd_expense,"
                + " ip_class1 = 2, ip_class2 = 6, ip_self_developed = TRUE, tech_conversions = 5,"
                + " rd_mgmt_system = TRUE, rd_institution = TRUE, conversion_incentives = TRUE, talent_system = TRUE,"
                + " provincial_rd_institution = FALSE, national_award_top3 = FALSE, led_standard = FALSE,"
                + " software_industry = FALSE, audited_tax_method = TRUE, restricted_industry = FALSE,"
                + " major_safety_incident = FALSE, major_quality_incident = FALSE, serious_env_violation = FALSE,"
                + " research_misconduct = FALSE, serious_fraud = FALSE, abnormal_operation_list = FALSE,"
                + " serious_dishonesty_list = FALSE, rd_super_deduction = rd_expense, income_tax_payable = 50");
        fixtures.nationalHteCertificate(uscc(5), "GR202335000777", LocalDate.of(2023, 12, 1), importId);
    }

    static void clear(JdbcTemplate jdbc) {
        // TRUNCATE: on PostgreSQL the database itself refuses DELETE on assessment records
        jdbc.execute("TRUNCATE TABLE assessment");
        jdbc.update("DELETE FROM classification_run");
        jdbc.update("DELETE FROM audit_log");
        jdbc.update("UPDATE classification_lock SET holder = NULL, run_id = NULL, expires_at = NULL");
        new RegistryFixtures(jdbc).clearRegistry();
    }
}
