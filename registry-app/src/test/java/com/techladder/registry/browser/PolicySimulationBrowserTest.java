package com.techladder.registry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.batch.simulation.PolicySimulations;
import com.techladder.batch.simulation.Simulation;
import com.techladder.batch.simulation.SimulationFilter;
import com.techladder.batch.simulation.SimulationStatus;
import com.techladder.registry.policy.DraftParameterSets;
import com.techladder.registry.policy.simulation.PolicySimulationService;
import com.techladder.registry.security.Role;
import com.techladder.registry.testing.ClassifiedRegistry;
import com.techladder.rules.parameter.ParameterFiles;
import com.techladder.rules.parameter.ParameterSet;
import com.techladder.rules.result.Confidence;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.IntNode;

/**
 * A policy officer's simulation of a stricter draft over the registry, and next year's budget forecast, in the
 * browser at desktop (1366 px) and phone (390 px) width, in Chinese and in English, with screenshots
 * ({@code target/screenshots/policy-simulation-*.png}). The draft comes from a stand-in for the policy drafts.
 */
class PolicySimulationBrowserTest extends BrowserTest {

    private static final String ADMIN = "browser-simulation-admin";
    private static final String PASSWORD = "browser-simulation-password";
    private static final long DRAFT = 1L;

    /**
     * Draft 1, from the assessment year on: a 高企 staff ratio of 50% and 1,000 patents, a 科小 pass score of 90 and at
     * most one employee — strict enough that every enterprise of the small registry loses something.
     */
    @TestConfiguration
    static class OneDraft {
        @Bean
        @Primary
        DraftParameterSets oneDraft() {
            ParameterSet current = ParameterFiles.load();
            LocalDate from = LocalDate.of(ClassifiedRegistry.YEAR, 1, 1);
            ParameterSet draft = current
                    .withValue("national_hte.min_staff_ratio", from, DoubleNode.valueOf(0.5), "测试草案",
                            Confidence.CONFIRMED)
                    .withValue("national_hte.min_ip_count", from, IntNode.valueOf(1000), "测试草案", Confidence.CONFIRMED)
                    .withValue("tech_sme.pass_score", from, DoubleNode.valueOf(90), "测试草案", Confidence.CONFIRMED)
                    .withValue("tech_sme.max_employees", from, IntNode.valueOf(1), "测试草案", Confidence.CONFIRMED);
            return new DraftParameterSets() {
                @Override
                public Optional<ParameterSet> draft(long draftId) {
                    return draftId == DRAFT ? Optional.of(draft) : Optional.empty();
                }

                @Override
                public ParameterSet current() {
                    return current;
                }
            };
        }
    }

    @Autowired
    PolicySimulationService service;
    @Autowired
    PolicySimulations simulations;

    @Test
    void theResultOfASimulationReadsAtDesktopAndPhoneWidthInBothLanguages() throws Exception {
        ClassifiedRegistry registry = new ClassifiedRegistry(jdbc);
        registry.reset();
        registry.enterprises();
        account(ADMIN, PASSWORD, Role.ADMIN, null);
        long id = service.simulate(DRAFT, ClassifiedRegistry.YEAR, SimulationFilter.NONE, ADMIN);
        Simulation done = simulations.awaitEnd(id, Duration.ofMinutes(1));
        assertThat(done.status()).as(done.failure()).isEqualTo(SimulationStatus.COMPLETED);
        assertThat(done.changedEnterprises()).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'POLICY_SIMULATION_STARTED'"
                + " AND target = ?", Integer.class, "policy-simulation/" + id)).isOne();

        loginAs(ADMIN, PASSWORD);
        desktopWidth();
        open("/policy/simulations/" + id);
        assertThat(waitFor(By.id("simulation-status")).getText()).isEqualTo("已完成");
        assertThat(driver.findElement(By.id("matrix-NATIONAL_HTE")).getText()).contains("国家高新技术企业", "符合条件");
        assertThat(driver.findElement(By.id("simulation-chart")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("changed-table")).getText()).contains("福州");
        screenshot("policy-simulation-desktop-zh");
        open("/policy/simulations/" + id + "?lang=en");
        assertThat(waitFor(By.id("simulation-status")).getText()).isEqualTo("Completed");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Outcome transitions",
                "Subsidy cost (10k yuan)", "Effect on the doubling plan");
        screenshot("policy-simulation-desktop-en");

        phoneWidth();
        for (String lang : new String[] {"zh_CN", "en"}) {
            open("/policy/simulations/" + id + "?lang=" + lang);
            waitFor(By.id("simulation-changed"));
            screenshot("policy-simulation-phone-" + lang);
        }
    }

    @Test
    void aBudgetForecastStartedFromThePageShowsItsAssumptionsAndCosts() throws Exception {
        ClassifiedRegistry registry = new ClassifiedRegistry(jdbc);
        registry.reset();
        registry.enterprises();
        account(ADMIN, PASSWORD, Role.ADMIN, null);
        loginAs(ADMIN, PASSWORD);
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
