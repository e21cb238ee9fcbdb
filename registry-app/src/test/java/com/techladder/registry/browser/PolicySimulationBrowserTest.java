package com.techladder.registry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.batch.simulation.PolicySimulations;
import com.techladder.batch.simulation.Simulation;
import com.techladder.batch.simulation.SimulationStatus;
import com.techladder.registry.policy.simulation.PolicySimulationService;
import com.techladder.registry.security.Role;
import com.techladder.registry.testing.ClassifiedRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two policy officers and the simulation of a stricter draft over the registry, with the application's own beans: the
 * first ({@code policy}) drafts a 科小 employee cap of 100 from the assessment year on its page and simulates it from the
 * draft's page; the second ({@code policy2}) reads the result, narrows it to one district and programme from the
 * result page's form, and rejects the draft (it must never be approved here: the browser tests share one context and
 * its parameters). Then next year's budget forecast. At desktop (1366 px) and phone (390 px) width, in Chinese and in
 * English, with screenshots ({@code target/screenshots/policy-simulation-*.png}); the cost chart's text stays
 * readable on the phone.
 */
class PolicySimulationBrowserTest extends BrowserTest {

    private static final String PASSWORD = "browser-simulation-password";
    private static final String SOURCE = "测试〔2025〕7号 第三条";
    /** The smallest text a phone may draw the chart's labels and amounts in, in CSS pixels. */
    private static final double READABLE_PX = 12;

    @Autowired
    PolicySimulationService service;
    @Autowired
    PolicySimulations simulations;

    @Test
    void aSecondOfficerReadsTheSimulationAtDesktopAndPhoneWidthNarrowsItAndRejectsTheDraft() throws Exception {
        ClassifiedRegistry registry = new ClassifiedRegistry(jdbc);
        registry.reset();
        registry.enterprises();
        account("policy", PASSWORD, Role.POLICY_OFFICER, null);
        account("policy2", PASSWORD, Role.POLICY_OFFICER, null);

        loginAs("policy", PASSWORD);
        desktopWidth();
        open("/policy");
        driver.findElement(By.id("draft-title")).sendKeys("科小职工总数上限调整为 100 人");
        driver.findElement(By.id("draft-reason")).sendKeys("测算收紧科技型中小企业规模条件的影响。");
        new Select(driver.findElement(By.id("draft-key"))).selectByValue("tech_sme.max_employees");
        setDate("draft-from", ClassifiedRegistry.YEAR + "-01-01");
        driver.findElement(By.id("draft-value")).sendKeys("100");
        driver.findElement(By.id("draft-source")).sendKeys(SOURCE);
        click("draft-submit");
        assertThat(waitFor(By.id("draft-created")).isDisplayed()).isTrue();
        String draftPage = driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");

        // the whole registry, from the draft's start form (its scope left empty)
        assertThat(new Select(driver.findElement(By.id("simulate-district"))).getFirstSelectedOption().getText())
                .isEqualTo("全部区县");
        driver.findElement(By.id("simulate-year")).sendKeys(String.valueOf(ClassifiedRegistry.YEAR));
        screenshot("policy-simulation-start-form");
        click("draft-simulate");
        long id = completedSimulationShown();
        assertThat(driver.findElement(By.id("simulation-meta")).getText()).contains("policy", "范围：全部企业");
        assertThat(driver.findElement(By.id("simulation-enterprises")).getText())
                .as("the firm of 120 employees in 鼓楼区 leaves 科技型中小企业").contains("比较了 3 家企业，其中 1 家");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'POLICY_SIMULATION_STARTED'"
                + " AND target = ? AND username = 'policy'", Integer.class, "policy-simulation/" + id)).isOne();

        driver.manage().deleteAllCookies();
        loginAs("policy2", PASSWORD);
        desktopWidth();
        open("/policy/simulations/" + id + "?lang=zh_CN");
        assertThat(waitFor(By.id("simulation-status")).getText()).isEqualTo("已完成");
        assertThat(driver.findElement(By.id("matrix-TECH_SME")).getText()).contains("科技型中小企业", "符合条件");
        assertThat(driver.findElement(By.id("simulation-chart")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("changed-table")).getText()).contains("福州闽江光电科技有限公司",
                "科技型中小企业");
        screenshot("policy-simulation-desktop-zh");
        open("/policy/simulations/" + id + "?lang=en");
        assertThat(waitFor(By.id("simulation-status")).getText()).isEqualTo("Completed");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Outcome transitions",
                "Subsidy cost (10k yuan)", "Effect on the doubling plan", "Simulate again with another scope");
        screenshot("policy-simulation-desktop-en");

        phoneWidth();
        for (String lang : new String[] {"zh_CN", "en"}) {
            open("/policy/simulations/" + id + "?lang=" + lang);
            waitFor(By.id("simulation-changed"));
            assertThat(chartTextPx()).as("the cost chart's smallest text at 390 px, " + lang)
                    .isGreaterThanOrEqualTo(READABLE_PX);
            assertThat(chartRightEdge()).as("the chart fits the phone's width").isLessThanOrEqualTo(viewportWidth());
            screenshot("policy-simulation-phone-" + lang);
        }

        // narrowed from the result page: 鼓楼区 only, 科小's outcomes only
        open("/policy/simulations/" + id + "?lang=zh_CN");
        new Select(driver.findElement(By.id("simulate-district"))).selectByVisibleText("鼓楼区");
        new Select(driver.findElement(By.id("simulate-programme"))).selectByVisibleText("科技型中小企业");
        screenshot("policy-simulation-scope-phone");
        click("draft-simulate");
        long narrowed = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            String path = d.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");
            return path.matches("/policy/simulations/\\d+") && !path.endsWith("/" + id)
                    ? Long.valueOf(path.substring(path.lastIndexOf('/') + 1)) : null;
        });
        assertThat(completedSimulationShown()).isEqualTo(narrowed);
        assertThat(driver.findElement(By.id("simulation-meta")).getText()).contains("policy2",
                "范围：区县 鼓楼区 · 仅比较 科技型中小企业");
        assertThat(driver.findElement(By.id("simulation-enterprises")).getText()).contains("比较了 1 家企业，其中 1 家");
        assertThat(driver.findElements(By.id("matrix-NATIONAL_HTE"))).as("only 科小 compared").isEmpty();
        assertThat(new Select(driver.findElement(By.id("simulate-district"))).getFirstSelectedOption().getText())
                .as("the form keeps the scope").isEqualTo("鼓楼区");
        screenshot("policy-simulation-narrowed-phone");
        desktopWidth();
        open("/policy/simulations/" + narrowed + "?lang=en");
        assertThat(driver.findElement(By.id("simulation-meta")).getText())
                .contains("district Gulou · only Technology-based SME compared");
        screenshot("policy-simulation-narrowed-desktop-en");

        // the second person decides: rejected, with a reason (approving would change every other test's parameters)
        open(draftPage + "?lang=zh_CN");
        driver.findElement(By.id("decision-reason")).sendKeys("模拟显示鼓楼区企业将失去科小资格，暂不采纳。");
        click("draft-reject");
        assertThat(waitFor(By.id("draft-outcome")).getText()).contains("policy2", "暂不采纳");
        assertThat(jdbc.queryForObject("SELECT MAX(version) FROM parameter_version", Integer.class))
                .as("nothing approved").isOne();
    }

    /** Waits until the result page shows a completed simulation (it reloads itself while running); answers its id. */
    private long completedSimulationShown() {
        new WebDriverWait(driver, Duration.ofSeconds(90)).until(d -> !d.findElements(By.id("simulation-matrices")).isEmpty()
                || !d.findElements(By.id("simulation-failure")).isEmpty());
        assertThat(driver.findElements(By.id("simulation-failure"))).as("the simulation completes").isEmpty();
        String path = driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        Simulation done = simulations.find(id).orElseThrow();
        assertThat(done.status()).isEqualTo(SimulationStatus.COMPLETED);
        return id;
    }

    /** The size the browser draws the chart's smallest text in: its font size times the SVG's scale on screen. */
    private double chartTextPx() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "const svg = document.getElementById('simulation-chart');"
                        + " const scale = svg.getScreenCTM().a;"
                        + " return Math.min(...Array.from(svg.querySelectorAll('text'))"
                        + ".map(t => parseFloat(getComputedStyle(t).fontSize) * scale));")).doubleValue();
    }

    private double chartRightEdge() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('simulation-chart').getBoundingClientRect().right;")).doubleValue();
    }

    private double viewportWidth() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.clientWidth;")).doubleValue();
    }

    @Test
    void aBudgetForecastStartedFromThePageShowsItsAssumptionsAndCosts() throws Exception {
        ClassifiedRegistry registry = new ClassifiedRegistry(jdbc);
        registry.reset();
        registry.enterprises();
        account("policy", PASSWORD, Role.POLICY_OFFICER, null);
        loginAs("policy", PASSWORD);
        desktopWidth();
        int year = ClassifiedRegistry.YEAR + 1;
        open("/policy/budget-forecast?year=" + year);
        waitFor(By.id("forecast-start")).click();
        // the click returns before the server has taken the form: wait for the forecast it starts
        long started = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> service.latestForecast(year).map(Simulation::id).orElse(null));
        Simulation forecast = simulations.awaitEnd(started, Duration.ofMinutes(1));
        assertThat(forecast.status()).as(forecast.failure()).isEqualTo(SimulationStatus.COMPLETED);
        open("/policy/budget-forecast?year=" + year);
        assertThat(waitFor(By.id("forecast-assumptions")).getText()).contains("测算假设", "2024 年度");
        assertThat(driver.findElement(By.id("subsidy-table")).getText()).contains("合计");
        screenshot("policy-forecast-desktop-zh");
        phoneWidth();
        open("/policy/budget-forecast?year=" + year + "&lang=en");
        assertThat(waitFor(By.id("forecast-assumptions")).getText()).contains("Assumptions");
        screenshot("policy-forecast-phone-en");
    }
}
