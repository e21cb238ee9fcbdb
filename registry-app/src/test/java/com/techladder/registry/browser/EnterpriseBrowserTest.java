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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.techladder.batch.assessment.AssessmentJson;
import com.techladder.registry.security.Role;
import com.techladder.registry.testing.RegistryFixtures;
import com.techladder.rules.engine.PolicyEngines;
import com.techladder.rules.model.AccountingYear;
import com.techladder.rules.model.CertificateRecord;
import com.techladder.rules.model.EnterpriseProfile;
import com.techladder.rules.model.Programme;
import com.techladder.rules.result.Assessment;

/**
 * An enterprise signs in, lands on its own page — its name (shown as text even when it looks like markup) in the
 * header, not its USCC — and sees first a notice that its 高企 certificate runs out (the deadline to apply again, and
 * where), then the self-check's ladder summary for its official assessment, its record, certificates, assessment and
 * subsidies; the self-check comes filled from its record; any attempt to reach another enterprise's data is refused.
 * It reports a data error; staff answer it in their queue (auditors read it), and the enterprise sees the answer.
 * Screenshots at 1366 px and 390 px, zh and en.
 */
class EnterpriseBrowserTest extends BrowserTest {

    private static final String PASSWORD = "enterprise-pass-1";
    private static final String OWN = RegistryFixtures.uscc(9101);
    private static final String OTHER = RegistryFixtures.uscc(9102);
    private static final String OWN_NAME = "<script>alert('x')</script>星河软件有限公司";
    private static final String OTHER_NAME = "闽江光电科技有限公司";
    /** Issued so that the certificate runs out in about three months: the page must announce it. */
    private static final LocalDate ISSUED = LocalDate.now().minusYears(3).plusDays(100);
    private static final LocalDate VALID_UNTIL = ISSUED.plusYears(3).minusDays(1);

    @BeforeEach
    void registry() {
        RegistryFixtures fixtures = new RegistryFixtures(jdbc);
        // TRUNCATE: on PostgreSQL a trigger refuses DELETE on assessment records (they are immutable)
        jdbc.execute("TRUNCATE TABLE assessment");
        jdbc.update("DELETE FROM data_error_report");
        jdbc.update("DELETE FROM classification_run WHERE launched_by = 'portal-browser-test'");
        fixtures.clearRegistry();
        long importId = fixtures.anImport();
        fixtures.enterprise(OWN, OWN_NAME, "350102", LocalDate.of(2016, 5, 10));
        fixtures.year(OWN, 2024, 120, 40, "8000", "450", importId);
        fixtures.nationalHteCertificate(OWN, "GR202335000123", ISSUED, importId);
        fixtures.enterprise(OTHER, OTHER_NAME, "350104", LocalDate.of(2018, 3, 1));
        account(OWN, PASSWORD, Role.ENTERPRISE, OWN);
        nightlyRunAssessed(OWN);
    }

    @Test
    void anEnterpriseSeesItsOwnRecordAndIsRefusedAnothers() {
        desktopWidth();
        open("/login");
        screenshot("login");
        loginAs(OWN, PASSWORD);
        // sign-in lands on 我的企业, and the header names the enterprise, not its USCC
        assertThat(driver.getCurrentUrl()).endsWith("/my-enterprise");
        waitFor(By.id("my-record"));
        assertThat(driver.findElement(By.id("nav-password")).getText()).isEqualTo(OWN_NAME).doesNotContain(OWN);

        assertThat(driver.findElement(By.id("my-heading")).getText()).isEqualTo(OWN_NAME);
        assertThat(driver.findElement(By.id("my-uscc")).getText()).contains(OWN);
        // the expiring certificate first: when, what to do, by when, where
        WebElement renewal = driver.findElement(By.id("renewal-NATIONAL_HTE"));
        assertThat(renewal.getLocation().getY()).isLessThan(driver.findElement(By.id("ladder")).getLocation().getY());
        assertThat(renewal.getText()).contains("国家高新技术企业证书将于 " + VALID_UNTIL + " 到期", "不能续期，须重新申请认定",
                "重新申请截止：" + VALID_UNTIL.getYear() + "-", VALID_UNTIL.getYear() + " 年度受理期", "高新技术企业认定管理工作网");
        // the self-check's own ladder summary: where it stands, what it qualifies for, the next step
        assertThat(driver.findElement(By.id("standing-held")).getText()).contains("国家高新技术企业");
        assertThat(driver.findElement(By.id("standing-qualifies")).getText()).contains("按培育库数据可达到");
        assertThat(driver.findElement(By.id("next-step")).getText()).contains("下一步");
        assertThat(driver.findElement(By.id("subsidy-total")).getText()).startsWith("可享受的补助估算合计：");
        assertThat(driver.findElement(By.id("my-certificates")).getText())
                .contains("国家高新技术企业", "GR202335000123", ISSUED.toString(), VALID_UNTIL.toString(), "即将到期");
        assertThat(driver.findElement(By.id("my-history")).getText()).contains("2025");
        assertThat(driver.findElement(By.id("my-benefits")).getText()).contains("2025 年度评价");
        assertThat(driver.findElements(By.cssSelector("#my-latest section.programme"))).hasSize(4);
        // stored without an assessment day: judged on the 2025 application window's last day, and it says so
        assertThat(driver.findElement(By.id("reference-day-NATIONAL_HTE")).getText()).isEqualTo("按 2025-09-30 判断");
        assertThat(driver.getPageSource()).doesNotContain(OTHER_NAME).doesNotContain(OTHER);
        screenshot("enterprise-my-enterprise");
        phoneWidth();
        screenshot("enterprise-my-enterprise-phone");
        open("/my-enterprise?lang=en");
        assertThat(driver.findElement(By.id("renewal-NATIONAL_HTE")).getText()).contains("cannot be extended", "Apply again by");
        assertThat(driver.findElement(By.id("standing-qualifies")).getText()).contains("from the registry's figures");
        screenshot("enterprise-my-enterprise-en-phone");
        desktopWidth();
        screenshot("enterprise-my-enterprise-en");
        open("/my-enterprise?lang=zh_CN");

        // the self-check comes filled from the registry record, for the year after its newest figures
        open("/self-check");
        assertThat(waitFor(By.id("prefilled-note")).getText()).contains("登记数据");
        assertThat(driver.findElement(By.id("name")).getDomProperty("value")).isEqualTo(OWN_NAME);
        assertThat(driver.findElement(By.id("assessmentYear")).getDomProperty("value")).isEqualTo("2025");
        assertThat(driver.findElement(By.id("records-0-employees")).getDomProperty("value")).isEqualTo("120");
        assertThat(driver.findElement(By.id("certificates-0-issuedOn")).getDomProperty("value")).isEqualTo(ISSUED.toString());
        screenshot("enterprise-self-check-prefilled");
        open("/my-enterprise");

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

    @Test
    void aDataErrorReportedByTheEnterpriseIsAnsweredByStaffAndTheAnswerShownToTheEnterprise() {
        account("dataerror-staff", PASSWORD, Role.STAFF, null);
        account("dataerror-auditor", PASSWORD, Role.AUDITOR, null);
        desktopWidth();
        loginAs(OWN, PASSWORD);
        waitFor(By.id("my-data-errors"));
        driver.findElement(By.cssSelector("#data-error-details summary")).click();
        // the server checks too: without what is wrong, the form comes back with the message at the input
        ((JavascriptExecutor) driver).executeScript("document.getElementById('report-problem').removeAttribute('required')");
        new Select(driver.findElement(By.id("report-field"))).selectByValue("techStaff");
        driver.findElement(By.id("data-error-submit")).click();
        assertThat(waitFor(By.cssSelector("#data-error-form .has-error .field-error")).getText()).isEqualTo("请说明哪里有误");
        assertThat(new Select(driver.findElement(By.id("report-field"))).getFirstSelectedOption().getDomProperty("value"))
                .isEqualTo("techStaff");

        new Select(driver.findElement(By.id("report-year"))).selectByValue("2024");
        driver.findElement(By.id("report-problem")).sendKeys("<script>x</script>科技人员数应为月平均人数");
        driver.findElement(By.id("report-correct")).sendKeys("45");
        driver.findElement(By.id("data-error-submit")).click();
        assertThat(waitFor(By.id("data-error-reported")).getText()).contains("已提交");
        assertThat(driver.findElement(By.id("data-error-list")).getText())
                .contains("科技人员数 · 2024 年度", "<script>x</script>科技人员数应为月平均人数", "45", "待处理");
        screenshot("enterprise-data-error-reported");

        // staff: the queue names the enterprise; the reply resolves the report
        loginAs("dataerror-staff", PASSWORD);
        open("/console/data-errors");
        WebElement card = waitFor(By.cssSelector(".data-error-card"));
        assertThat(card.getText()).contains(OWN_NAME, "科技人员数 · 2024 年度", "<script>x</script>科技人员数应为月平均人数");
        screenshot("staff-data-error-queue");
        phoneWidth();
        screenshot("staff-data-error-queue-phone");
        desktopWidth();
        long id = jdbc.queryForObject("SELECT MAX(id) FROM data_error_report", Long.class);
        driver.findElement(By.id("answer-" + id)).sendKeys("已按 2024 年度审计报告更正，下次导入生效");
        driver.findElement(By.id("resolve-" + id)).click();
        assertThat(waitFor(By.id("queue-answered")).getText()).contains("已标为已处理");
        assertThat(driver.findElement(By.id("queue-empty")).isDisplayed()).isTrue();
        open("/console/data-errors?status=RESOLVED&lang=en");
        assertThat(waitFor(By.id("report-" + id)).getText()).contains("Resolved", "已按 2024 年度审计报告更正");
        screenshot("staff-data-error-queue-resolved-en");
        open("/console/data-errors?lang=zh_CN");
        assertThat(jdbc.queryForList("SELECT action FROM audit_log WHERE target = ? ORDER BY id", String.class,
                "data-error-report/" + id)).containsExactly("DATA_ERROR_REPORTED", "DATA_ERROR_RESOLVED");

        // auditors read the queue, without the answer forms
        loginAs("dataerror-auditor", PASSWORD);
        open("/console/data-errors?status=RESOLVED");
        assertThat(waitFor(By.id("report-" + id)).getText()).contains(OWN_NAME);
        assertThat(driver.findElements(By.cssSelector("form.answer-form"))).isEmpty();

        // the enterprise sees the status and the answer on its page
        loginAs(OWN, PASSWORD);
        assertThat(waitFor(By.id("data-error-" + id)).getText()).contains("已处理", "已按 2024 年度审计报告更正，下次导入生效");
        phoneWidth();
        screenshot("enterprise-data-error-answered-phone");
        desktopWidth();
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
