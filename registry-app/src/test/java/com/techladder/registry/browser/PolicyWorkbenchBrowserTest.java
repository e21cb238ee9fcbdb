package com.techladder.registry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.registry.testing.RegistryFixtures;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import com.techladder.registry.security.Role;

/**
 * The policy workbench's story in the browser: a policy officer reads the parameters and drafts a change (科小职工人数上限
 * 500 → 100 from 2027-01-01), may not approve it herself; a second officer approves it; the public versions page lists
 * it with its 文号; and the public self-check answers differently for 2027 — naming the version it applied — while
 * 2026 is unchanged. Screenshots at 1366 px and 390 px, zh and en.
 * Its own application context (hence the properties): approving changes the parameters every other test relies on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "techladder.policy.poll=2s")
@DirtiesContext
class PolicyWorkbenchBrowserTest extends BrowserTest {

    private static final String REGISTERED_FIRM = "福州一百二十人科技有限公司";

    private static final String PASSWORD = "policy-browser-1";
    private static final String SOURCE = "测试〔2026〕9号 第二条";

    @Test
    void aDraftApprovedByASecondOfficerChangesTheSelfCheckFromItsDate() {
        registeredFirmOf120Employees();
        String before2026 = techSmeOutcome(2026);
        String before2027 = techSmeOutcome(2027);
        account("policy-a", PASSWORD, Role.POLICY_OFFICER, null);
        account("policy-b", PASSWORD, Role.POLICY_OFFICER, null);

        desktopWidth();
        loginAs("policy-a", PASSWORD);
        open("/policy");
        assertThat(driver.findElement(By.id("policy-in-force")).getText()).contains("现行参数版本 1");
        assertThat(driver.findElement(By.id("parameter-tech_sme.max_employees")).getText())
                .contains("2017-05-03 起", "500", "国科发政〔2017〕115号 第六条(二)", "已确认");
        screenshot("policy-parameters");
        driver.findElement(By.id("draft-title")).sendKeys("科小职工总数上限调整为 100 人");
        driver.findElement(By.id("draft-reason")).sendKeys("按测试〔2026〕9号，自 2027 年起收紧科技型中小企业规模条件。");
        new Select(driver.findElement(By.id("draft-key"))).selectByValue("tech_sme.max_employees");
        setDate("draft-from", "2027-01-01");
        driver.findElement(By.id("draft-value")).sendKeys("100");
        driver.findElement(By.id("draft-source")).sendKeys(SOURCE);
        click("draft-submit");
        assertThat(waitFor(By.id("draft-created")).getText()).isEqualTo("草稿已保存。");
        assertThat(driver.findElement(By.id("draft-changes")).getText()).contains("tech_sme.max_employees", "2027-01-01 起",
                "100 人", SOURCE);
        assertThat(driver.findElement(By.id("draft-check-valid")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("draft-own")).getText()).contains("另一位政策专员");
        assertThat(driver.findElements(By.id("draft-approve"))).as("the author cannot approve").isEmpty();
        String draftPage = driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");
        screenshot("policy-draft");
        phoneWidth();
        screenshot("policy-draft-phone");
        open(draftPage + "?lang=en");
        assertThat(driver.findElement(By.id("draft-own")).getText()).contains("another policy officer");
        screenshot("policy-draft-en-phone");
        desktopWidth();
        screenshot("policy-draft-en");
        open("/policy?lang=en");
        screenshot("policy-parameters-en");
        phoneWidth();
        screenshot("policy-parameters-en-phone");
        open("/policy?lang=zh_CN");
        screenshot("policy-parameters-phone");
        desktopWidth();
        assertThat(techSmeOutcome(2027)).as("a draft changes no answer").isEqualTo(before2027);

        // she simulates the draft over the registry for 2027 before anyone approves it; the result page reloads
        // itself while the simulation runs
        open(draftPage);
        driver.findElement(By.id("simulate-year")).sendKeys("2027");
        click("draft-simulate");
        new WebDriverWait(driver, Duration.ofSeconds(90)).until(d -> !d.findElements(By.id("simulation-matrices")).isEmpty()
                || !d.findElements(By.id("simulation-failure")).isEmpty());
        screenshot("policy-simulation-of-draft");
        assertThat(driver.findElements(By.id("simulation-failure"))).as("the simulation completes").isEmpty();
        assertThat(driver.findElement(By.cssSelector("p.lead")).getText()).contains("2027 年度");
        assertThat(driver.findElement(By.id("simulation-meta")).getText()).contains("policy-a");
        assertThat(driver.findElement(By.id("simulation-enterprises")).getText())
                .as("the registry's firm of 120 employees leaves 科技型中小企业 under a cap of 100")
                .contains("比较了 1 家企业，其中 1 家");
        assertThat(driver.findElement(By.id("matrix-TECH_SME")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("changed-table")).getText()).contains(REGISTERED_FIRM);
        phoneWidth();
        screenshot("policy-simulation-of-draft-phone");
        desktopWidth();
        assertThat(techSmeOutcome(2027)).as("a simulation changes no answer either").isEqualTo(before2027);

        driver.manage().deleteAllCookies();
        loginAs("policy-b", PASSWORD);
        open(draftPage);
        driver.findElement(By.id("decision-reason")).sendKeys("文号已公布，同意。");
        screenshot("policy-draft-second-officer");
        click("draft-approve");
        assertThat(waitFor(By.id("draft-outcome")).getText()).contains("policy-b", "参数版本 2");

        driver.manage().deleteAllCookies();
        open("/policy/versions");
        WebElement version2 = driver.findElement(By.id("version-2"));
        assertThat(version2.getText()).contains("版本 2", "施行：2027-01-01 起", SOURCE, "tech_sme.max_employees", "100 人");
        screenshot("policy-versions");
        phoneWidth();
        screenshot("policy-versions-phone");
        open("/policy/versions?lang=en");
        assertThat(driver.findElement(By.id("version-2")).getText()).contains("Version 2", "Effective: from 2027-01-01");
        screenshot("policy-versions-en-phone");
        desktopWidth();
        screenshot("policy-versions-en");
        open("/policy/versions?lang=zh_CN");

        assertThat(techSmeOutcome(2027)).as("from 2027-01-01 the new cap applies").isNotEqualTo(before2027);
        assertThat(driver.findElement(By.id("result-parameter-version")).getText())
                .contains("适用参数版本 2", "2027-01-01");
        screenshot("policy-self-check-2027");
        assertThat(techSmeOutcome(2026)).as("before it, nothing changed").isEqualTo(before2026);
    }

    /** One firm in the registry with the self-check firm's figures for 2024–2026, for the simulation to compare. */
    private void registeredFirmOf120Employees() {
        RegistryFixtures fixtures = new RegistryFixtures(jdbc);
        fixtures.clearRegistry();
        String uscc = RegistryFixtures.uscc(8120);
        fixtures.enterprise(uscc, REGISTERED_FIRM, "350102", LocalDate.of(2016, 5, 10));
        long importId = fixtures.anImport();
        for (int year = 2024; year <= 2026; year++) {
            fixtures.year(uscc, year, 120, 40, "8000", "450", importId);
        }
    }

    /** The public self-check of a firm of 120 employees for {@code year}: the 科技型中小企业 outcome shown. */
    private String techSmeOutcome(int year) {
        open("/self-check");
        new Select(driver.findElement(By.id("assessmentYear"))).selectByValue(Integer.toString(year));
        new Select(driver.findElement(By.id("district"))).selectByVisibleText("鼓楼区");
        setDate("establishedOn", "2016-05-10");
        driver.findElement(By.id("records-0-employees")).sendKeys("120");
        driver.findElement(By.id("records-0-techStaff")).sendKeys("40");
        driver.findElement(By.id("records-0-revenue")).sendKeys("8000");
        driver.findElement(By.id("records-0-totalAssets")).sendKeys("6000");
        driver.findElement(By.id("records-0-rdExpense")).sendKeys("450");
        driver.findElement(By.id("records-0-ipClass1")).sendKeys("1");
        new Select(driver.findElement(By.id("records-0-auditedTaxMethod"))).selectByValue("true");
        new Select(driver.findElement(By.id("records-0-restrictedIndustry"))).selectByValue("false");
        click("integrity-none");
        click("self-check-submit");
        return waitFor(By.cssSelector("#programme-TECH_SME .outcome")).getText();
    }
}
