package com.techladder.registry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.techladder.batch.classification.AssessmentJson;
import com.techladder.registry.security.Role;
import com.techladder.registry.testing.RegistryFixtures;
import com.techladder.rules.engine.PolicyEngines;
import com.techladder.rules.model.AccountingYear;
import com.techladder.rules.model.CertificateRecord;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.model.Programme;
import com.techladder.rules.result.Assessment;

/**
 * An enterprise signs in and sees its own record — name shown as text even when it looks like markup — with its
 * certificate's expiry, its assessment from a nightly run and the subsidies it gets without applying; any attempt to
 * reach another enterprise's data is refused.
 */
class EnterpriseBrowserTest extends BrowserTest {

    private static final String PASSWORD = "enterprise-pass-1";
    private static final String OWN = RegistryFixtures.uscc(9101);
    private static final String OTHER = RegistryFixtures.uscc(9102);
    private static final String OWN_NAME = "<script>alert('x')</script>星河软件有限公司";
    private static final String OTHER_NAME = "闽江光电科技有限公司";

    @BeforeEach
    void registry() {
        RegistryFixtures fixtures = new RegistryFixtures(jdbc);
        // TRUNCATE: on PostgreSQL a trigger refuses DELETE on assessment records (they are immutable)
        jdbc.execute("TRUNCATE TABLE assessment");
        jdbc.update("DELETE FROM classification_run WHERE launched_by = 'portal-browser-test'");
        fixtures.clearRegistry();
        long importId = fixtures.anImport();
        fixtures.enterprise(OWN, OWN_NAME, "350102", LocalDate.of(2016, 5, 10));
        fixtures.year(OWN, 2024, 120, 40, "8000", "450", importId);
        fixtures.nationalHteCertificate(OWN, "GR202335000123", LocalDate.of(2023, 12, 1), importId);
        fixtures.enterprise(OTHER, OTHER_NAME, "350104", LocalDate.of(2018, 3, 1));
        account(OWN, PASSWORD, Role.ENTERPRISE, OWN);
        nightlyRunAssessed(OWN);
    }

    @Test
    void anEnterpriseSeesItsOwnRecordAndIsRefusedAnothers() {
        open("/login");
        screenshot("login");
        loginAs(OWN, PASSWORD);
        driver.findElement(By.id("nav-my-enterprise")).click();
        waitFor(By.id("my-record"));

        assertThat(driver.findElement(By.id("my-heading")).getText()).isEqualTo(OWN_NAME);
        assertThat(driver.findElement(By.id("my-uscc")).getText()).contains(OWN);
        assertThat(driver.findElement(By.id("my-certificates")).getText())
                .contains("国家高新技术企业", "GR202335000123", "2023-12-01", "2026-11-30");
        assertThat(driver.findElement(By.id("my-history")).getText()).contains("2025");
        assertThat(driver.findElement(By.id("my-benefits")).getText()).contains("2025 年度评价");
        assertThat(driver.findElements(By.cssSelector("#my-latest section.programme"))).hasSize(4);
        // stored without an assessment day: judged on the 2025 application window's last day, and it says so
        assertThat(driver.findElement(By.id("reference-day-NATIONAL_HTE")).getText()).isEqualTo("按 2025-09-30 判断");
        assertThat(driver.getPageSource()).doesNotContain(OTHER_NAME).doesNotContain(OTHER);
        screenshot("enterprise-my-enterprise");

        // the page takes no identifier: a planted one changes nothing
        open("/my-enterprise?uscc=" + OTHER);
        assertThat(driver.findElement(By.id("my-heading")).getText()).isEqualTo(OWN_NAME);

        // the staff page of another enterprise is refused with the portal's 403 page
        open("/console/enterprises/" + OTHER);
        assertThat(waitFor(By.cssSelector("#error-page h1")).getText()).isEqualTo("无权访问");
        assertThat(driver.getPageSource()).doesNotContain(OTHER_NAME);
        screenshot("enterprise-refused-another");

        // the registry API refuses another enterprise's record and its assessment
        open("/api/v1/enterprises/" + OTHER);
        assertThat(driver.getPageSource()).contains("403").doesNotContain(OTHER_NAME);
        open("/api/v1/enterprises/" + OTHER + "/assessment");
        assertThat(driver.getPageSource()).contains("403");
        open("/api/v1/enterprises/" + OWN);
        assertThat(driver.getPageSource()).contains(OWN);
    }

    /** A completed classification run with this enterprise's assessment, stored as the nightly job stores it. */
    private void nightlyRunAssessed(String uscc) {
        EnterpriseProfile profile = new EnterpriseProfile(uscc, OWN_NAME, "350102", true, LocalDate.of(2016, 5, 10),
                List.of(AccountingYear.builder(2024).employees(120).techStaff(40)
                        .revenue(new BigDecimal("8000")).totalAssets(new BigDecimal("6000"))
                        .rdExpense(new BigDecimal("450")).aboveScale(true).build()),
                List.of(CertificateRecord.of(Programme.NATIONAL_HTE, LocalDate.of(2023, 12, 1), null)));
        Assessment assessment = PolicyEngines.standard().evaluate(2025, profile);
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        jdbc.update("INSERT INTO classification_run (assessment_year, status, run_trigger, ruleset_version,"
                + " parameter_snapshot, launched_by, started_at, finished_at, total, processed)"
                + " VALUES (2025, 'COMPLETED', 'NIGHTLY', ?, '{}', 'portal-browser-test', ?, ?, 1, 1)",
                assessment.rulesetVersion(), now, now);
        long runId = jdbc.queryForObject(
                "SELECT MAX(id) FROM classification_run WHERE launched_by = 'portal-browser-test'", Long.class);
        String inputs = AssessmentJson.inputs(profile);
        jdbc.update("INSERT INTO assessment (run_id, uscc, name, district, assessment_year, ruleset_version,"
                + " input_hash, inputs, result, eligible_tier, certified_tier, tech_sme_outcome, tech_sme_score,"
                + " provincial_hte_outcome, national_hte_outcome, national_hte_score_min, national_hte_score_max,"
                + " little_giant_outcome, rd_segmented_grant, rd_growth_grant, little_giant_reward,"
                + " hte_recognition_reward) VALUES (?, ?, ?, '350102', 2025, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?)",
                runId, uscc, OWN_NAME, assessment.rulesetVersion(), AssessmentJson.sha256(inputs), inputs,
                AssessmentJson.result(assessment), assessment.eligibleTier().name(),
                assessment.certifiedTier().name(), outcome(assessment, 0), assessment.programmes().get(0).score(),
                outcome(assessment, 1), outcome(assessment, 2), assessment.programmes().get(2).scoreMin(),
                assessment.programmes().get(2).scoreMax(), outcome(assessment, 3),
                amount(assessment, 0), amount(assessment, 1), amount(assessment, 2), amount(assessment, 3));
    }

    private static String outcome(Assessment assessment, int programme) {
        return assessment.programmes().get(programme).outcome().name();
    }

    private static BigDecimal amount(Assessment assessment, int subsidy) {
        return subsidy < assessment.subsidies().size() ? assessment.subsidies().get(subsidy).amount() : null;
    }
}
