package com.techladder.registry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import com.techladder.batch.classification.ClassificationRun;
import com.techladder.batch.classification.ClassificationRunRepository;
import com.techladder.registry.assessment.RunLauncher;
import com.techladder.registry.security.Role;
import com.techladder.registry.testing.ClassifiedRegistry;

/**
 * An auditor reviews two runs between which one enterprise's figures changed: opens the later run, looks up that
 * enterprise's decision trace, then compares the two runs.
 */
class AuditorReviewBrowserTest extends BrowserTest {

    private static final String AUDITOR = "browser-auditor";
    private static final String PASSWORD = "browser-auditor-password";

    @Autowired
    RunLauncher launcher;
    @Autowired
    ClassificationRunRepository runs;

    @Test
    void anAuditorOpensADecisionTraceAndTheDiffBetweenTwoRuns() {
        ClassifiedRegistry registry = new ClassifiedRegistry(jdbc);
        registry.reset();
        registry.enterprises();
        ClassificationRun before = registry.classify(launcher, runs);
        registry.gulouLosesItsTechStaff();
        ClassificationRun after = registry.classify(launcher, runs);
        account(AUDITOR, PASSWORD, Role.AUDITOR, null);
        loginAs(AUDITOR, PASSWORD);

        open("/");
        driver.findElement(By.id("nav-review")).click();
        driver.findElement(By.linkText("#" + after.id())).click();
        assertThat(driver.findElement(By.id("run-ruleset")).getText()).isEqualTo(after.rulesetVersion());
        driver.findElement(By.id("trace-uscc")).sendKeys(ClassifiedRegistry.GULOU);
        driver.findElement(By.id("trace-submit")).click();

        waitFor(By.id("trace-record"));
        assertThat(driver.findElement(By.id("trace-name")).getText()).isEqualTo("福州闽江光电科技有限公司");
        assertThat(driver.findElements(By.cssSelector("section.programme"))).hasSize(4);
        assertThat(driver.findElements(By.cssSelector("table.criteria tbody tr"))).hasSizeGreaterThan(10);
        assertThat(driver.findElement(By.id("hash-verified")).isDisplayed()).isTrue();
        screenshot("review-decision-trace");

        driver.findElement(By.partialLinkText("#" + after.id())).click();
        new Select(driver.findElement(By.id("diff-from"))).selectByValue(Long.toString(before.id()));
        driver.findElement(By.id("diff-submit")).click();

        waitFor(By.id("diff-summary"));
        assertThat(driver.findElement(By.id("diff-changed")).getText()).isEqualTo("1");
        // the kinds of change first, in words, each a link to the enterprises it happened to
        WebElement kinds = driver.findElement(By.id("diff-kinds"));
        assertThat(kinds.getText()).contains("→").doesNotContainPattern("[A-Z]{2,}_[A-Z]");
        WebElement gulou = driver.findElement(By.id("diff-" + ClassifiedRegistry.GULOU));
        assertThat(gulou.getText()).contains("输入数据变化", "福州闽江光电科技有限公司")
                .doesNotContain("TECH_SME.", "NATIONAL_HTE.");
        assertThat(driver.findElements(By.id("diff-" + ClassifiedRegistry.CANGSHAN))).isEmpty();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
        screenshot("review-run-diff");
        String diff = driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        driver.findElement(By.cssSelector("#diff-kinds a.diff-kind-link")).click();
        assertThat(driver.findElement(By.id("diff-filter")).getText()).contains("（1 家）");
        assertThat(driver.findElements(By.cssSelector("section.diff-entry"))).hasSize(1);
        open(diff.replaceFirst("\\?", "?lang=en&"));
        assertThat(driver.findElement(By.id("diff-kinds-section")).getText()).contains("Kinds of change", "→")
                .doesNotContain("符合");
        screenshot("review-run-diff-en");
        phoneWidth();
        open(diff);
        assertNoColumnOneCharacterWide();
        screenshot("review-run-diff-phone-en");
        open(diff.replaceFirst("\\?", "?lang=zh_CN&"));
        assertNoColumnOneCharacterWide();
        screenshot("review-run-diff-phone");
    }
}
