package com.techladder.registry.browser;

import static com.techladder.registry.testing.ClassifiedRegistry.GULOU;
import static com.techladder.registry.testing.ClassifiedRegistry.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import com.techladder.batch.classification.ClassificationRun;
import com.techladder.batch.classification.ClassificationRunRepository;
import com.techladder.registry.assessment.RunLauncher;
import com.techladder.registry.security.Role;
import com.techladder.registry.testing.ClassifiedRegistry;

/**
 * Issue 13, the official run, as staff and an enterprise meet it. The registry's figures are for 2025; a run for 2026
 * (every enterprise without 2025 accounts) is asked about before it starts, marked when it ends, and never replaces
 * 2025 on the pages: the dashboard card agrees with the yearly table, 我的企业 and the console's enterprise page show
 * 2025 with a year chooser. Screenshots at desktop (1366 px) and phone (390 px) width, in Chinese and English.
 */
class OfficialRunBrowserTest extends BrowserTest {

    private static final String STAFF = "official-browser-staff";
    private static final String PASSWORD = "official-browser-password";
    private static final int NO_DATA_YEAR = YEAR + 1;
    private static final Dimension DESKTOP = new Dimension(1366, 900);
    private static final Duration WORK = Duration.ofSeconds(60);

    @Autowired
    RunLauncher launcher;
    @Autowired
    ClassificationRunRepository runs;

    private ClassificationRun official;

    @BeforeEach
    void aRegistryClassifiedFor2025() {
        ClassifiedRegistry registry = new ClassifiedRegistry(jdbc);
        registry.reset();
        registry.enterprises();
        official = registry.classify(launcher, runs);
        account(STAFF, PASSWORD, Role.STAFF, null);
        account(GULOU, PASSWORD, Role.ENTERPRISE, GULOU);
        driver.manage().window().setSize(DESKTOP);
    }

    @Test
    void aRunForAYearWithoutFiguresIsConfirmedMarkedAndKeptOutOfThePages() {
        loginAs(STAFF, PASSWORD);
        driver.manage().window().setSize(DESKTOP);
        open("/console/runs");
        WebElement year = driver.findElement(By.id("assessmentYear"));
        assertThat(year.getAttribute("value")).isEqualTo(Integer.toString(YEAR));
        year.clear();
        year.sendKeys(Integer.toString(NO_DATA_YEAR));
        driver.findElement(By.id("launch-submit")).click();

        WebElement warning = waitFor(By.id("launch-without-data"));
        assertThat(warning.getText()).contains("3 家企业中有 3 家没有 2025 年的会计数据", "评价年度是 2025 年");
        assertThat(driver.findElement(By.id("launch-submit")).getText()).isEqualTo("仍然开始运行");
        screenshot("official-run-launch-warning");
        phoneWidth();
        screenshot("official-run-launch-warning-phone");
        driver.manage().window().setSize(DESKTOP);

        driver.findElement(By.id("launch-submit")).click();
        new WebDriverWait(driver, WORK).until(d -> !d.findElements(By.id("run-result")).isEmpty());
        assertThat(driver.findElement(By.id("run-without-data")).getText())
                .contains("3 家企业中有 3 家没有 2025 年的会计数据");
        screenshot("official-run-marked");
        phoneWidth();
        screenshot("official-run-marked-phone");
        driver.manage().window().setSize(DESKTOP);

        // the dashboard still reads 2025: the card is the yearly table's figure of the year shown
        open("/plan?year=" + YEAR);
        String card = waitFor(By.id("kpi-pipeline")).getText();
        WebElement row = driver.findElements(By.cssSelector("#table-years tbody tr")).stream()
                .filter(r -> r.findElement(By.cssSelector("td")).getText().startsWith(Integer.toString(YEAR)))
                .findFirst().orElseThrow();
        assertThat(row.findElements(By.cssSelector("td")).get(4).getText()).isEqualTo(card);
        assertThat(driver.findElement(By.id("official-year-source")).getText()).contains("运行 #" + official.id());
        screenshot("official-run-dashboard");
        phoneWidth();
        screenshot("official-run-dashboard-phone");
        driver.manage().window().setSize(DESKTOP);

        // the console's enterprise page: 2025 by default, 2026 on request, marked
        open("/console/enterprises/" + GULOU);
        assertThat(new Select(driver.findElement(By.id("official-year-select"))).getFirstSelectedOption().getText())
                .isEqualTo(Integer.toString(YEAR));
        assertThat(driver.findElement(By.id("latest-assessment")).getText()).contains("#" + official.id());
        new Select(driver.findElement(By.id("official-year-select"))).selectByValue(Integer.toString(NO_DATA_YEAR));
        waitFor(By.id("official-year-without-data"));
        assertThat(driver.getCurrentUrl()).endsWith("year=" + NO_DATA_YEAR);
        screenshot("official-run-console-enterprise-2026");
        phoneWidth();
        screenshot("official-run-console-enterprise-2026-phone");
    }

    @Test
    void myEnterpriseShowsTheYearOfTheFiguresWithAYearChooserInBothLanguages() {
        launcher.launch(NO_DATA_YEAR);
        new WebDriverWait(driver, WORK).until(d -> runs.list(NO_DATA_YEAR, 1).stream()
                .anyMatch(r -> r.status().name().equals("COMPLETED")));
        loginAs(GULOU, PASSWORD);
        driver.manage().window().setSize(DESKTOP);
        open("/my-enterprise");
        assertThat(new Select(waitFor(By.id("official-year-select"))).getFirstSelectedOption().getText())
                .isEqualTo(Integer.toString(YEAR));
        assertThat(driver.findElement(By.id("official-year-source")).getText())
                .contains("2025 年度的正式评价", "#" + official.id());
        assertThat(driver.findElements(By.id("official-year-without-data"))).isEmpty();
        screenshot("official-run-my-enterprise");
        phoneWidth();
        screenshot("official-run-my-enterprise-phone");
        driver.manage().window().setSize(DESKTOP);

        open("/my-enterprise?year=" + NO_DATA_YEAR + "&lang=en");
        assertThat(driver.findElement(By.id("official-year-without-data")).getText())
                .contains("most enterprises had no accounts for 2025");
        screenshot("official-run-my-enterprise-2026-en");
        phoneWidth();
        screenshot("official-run-my-enterprise-2026-en-phone");
        open("/my-enterprise?lang=zh_CN");
    }
}
