package com.techladder.registry.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.techladder.registry.browser.BrowserTest;
import com.techladder.registry.security.Role;
import com.techladder.rules.model.CertificateRecord;
import com.techladder.rules.model.Programme;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium, signed in as staff: the three ECharts charts render (SVG), the tables are filled,
 * a screenshot goes to {@code target/screenshots/plan-dashboard.png} (the README's picture); an admin edits a target
 * through the form and the change shows in the history.
 */
class PlanDashboardBrowserTest extends BrowserTest {

    private static final String PASSWORD = "plan-browser-test";
    private static final List<String> DISTRICTS = List.of("350102", "350103", "350104", "350105", "350111",
            "350112", "350121", "350122", "350123", "350124", "350125", "350181");

    private static final int SHOWN_YEAR = 2025;

    @BeforeEach
    void aSmallCity() {
        PlanFixtures fixtures = new PlanFixtures(jdbc).clear();
        account("plan-staff", PASSWORD, Role.STAFF, null);
        account("plan-admin", PASSWORD, Role.ADMIN, null);
        Random random = new Random(7);
        // a run of the year the dashboard shows by default (十四五's last year, 2025): the official run of that year
        long run = fixtures.run(SHOWN_YEAR, "COMPLETED");
        int serial = 400;
        for (int d = 0; d < DISTRICTS.size(); d++) {
            int enterprises = 24 - d * 2 + random.nextInt(4);
            for (int e = 0; e < enterprises; e++) {
                String uscc = PlanFixtures.uscc(++serial);
                String name = "福州" + (char) ('甲' + d) + "区样例科技有限公司" + e;
                fixtures.enterprise(uscc, name, DISTRICTS.get(d), e % 4 == 0);
                fixtures.techField(uscc, 2024, 1 + random.nextInt(8));
                LocalDate sme = LocalDate.of(2019 + random.nextInt(8), 1 + random.nextInt(12), 1);
                fixtures.certificate(uscc, name, CertificateRecord.of(Programme.TECH_SME, sme, null));
                if (e % 3 != 2) {
                    fixtures.certificate(uscc, name, CertificateRecord.of(Programme.PROVINCIAL_HTE,
                            LocalDate.of(2019 + random.nextInt(7), 6, 1), null));
                }
                if (e % 2 == 0) {
                    fixtures.certificate(uscc, name, CertificateRecord.of(Programme.NATIONAL_HTE,
                            LocalDate.of(2019 + random.nextInt(8), 12, 1), null));
                } else {
                    fixtures.assessment(run, uscc, e % 3 == 0 ? "NEEDS_REVIEW" : "ELIGIBLE",
                            60 + random.nextInt(15), 75 + random.nextInt(20));
                }
            }
        }
    }

    @Test
    void staffSeeTheChartsAndTablesOfTheDashboard() {
        loginAs("plan-staff", PASSWORD);
        open("/plan");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "true".equals(
                d.findElement(By.className("plan-dashboard")).getAttribute("data-charts-ready")));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("高新技术企业倍增计划");
        // counts in a sentence carry thousands separators as the tables' do (issue 13.14)
        assertThat(driver.findElement(By.cssSelector(".plan-dashboard .lead")).getText())
                .contains("国家高新技术企业2,057家", "达到4,000家");
        for (String chart : List.of("chart-trajectory", "chart-districts", "chart-funnel")) {
            assertThat(driver.findElements(By.cssSelector("#" + chart + " canvas"))).as(chart).isNotEmpty();
        }
        assertThat(driver.findElements(By.cssSelector("#table-years tbody tr"))).hasSize(6);
        assertThat(driver.findElements(By.cssSelector("#table-districts tbody tr"))).hasSize(DISTRICTS.size() + 1);
        assertThat(driver.findElements(By.cssSelector("#table-pipeline tbody tr"))).isNotEmpty();
        assertThat(driver.findElement(By.id("export-pipeline")).getAttribute("href"))
                .endsWith("/api/v1/plan/exports/pipeline.xlsx?year=" + SHOWN_YEAR);
        // the KPI card is the yearly table's figure of the year shown, from the same run
        String card = driver.findElement(By.id("kpi-pipeline")).getText();
        assertThat(card).isNotEqualTo("0");
        assertThat(driver.findElements(By.cssSelector("#table-years tbody tr")).get(SHOWN_YEAR - 2020)
                .findElements(By.tagName("td")).get(4).getText()).isEqualTo(card);
        assertThat(driver.findElement(By.id("nav-plan")).getText()).isEqualTo("倍增计划");
        Object echartsLoaded = ((JavascriptExecutor) driver).executeScript("return typeof window.echarts");
        assertThat(echartsLoaded).isEqualTo("object");
        // a tooltip drawn, within the Content-Security-Policy (BrowserTest fails on any violation)
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(driver.findElement(By.id("chart-trajectory")), 40, 20).perform();

        Path shot = screenshot("plan-dashboard");
        assertThat(shot).exists();

        // the legends stand clear of the plots and inside the box, at a laptop's width and at a phone's (issue 13.11)
        desktopWidth();
        legendsClearOfThePlots();
        assertThat(districtsOfTheChart()).contains("鼓楼区", "福州高新区");
        screenshot("plan-dashboard-1366");
        phoneWidth();
        legendsClearOfThePlots();
        assertNoColumnOneCharacterWide();
        screenshot("plan-dashboard-phone");
    }

    /** Issue 13.1 and 13.11: districts by their English names in the table and the chart; longer legends still clear. */
    @Test
    void inEnglishTheDistrictsAreNamedInEnglishAndTheLegendsStayClear() {
        loginAs("plan-staff", PASSWORD);
        desktopWidth();
        open("/plan?lang=en");
        chartsReady();

        WebElement districts = driver.findElement(By.id("table-districts"));
        assertThat(districts.findElements(By.cssSelector("tbody tr td:first-child")))
                .extracting(WebElement::getText).startsWith("Gulou", "Taijiang").contains("Fuzhou High-tech Zone");
        assertThat(districts.getText()).doesNotContainPattern("\\p{IsHan}");
        assertThat(driver.findElement(By.cssSelector(".plan-dashboard .lead")).getText())
                .contains("2,057 national high-tech enterprises in 2020, target 4,000 by 2025");
        assertThat(districtsOfTheChart()).startsWith("Gulou", "Taijiang").contains("Fuzhou High-tech Zone")
                .noneMatch(name -> name.matches(".*\\p{IsHan}.*"));
        assertThat(driver.findElement(By.id("table-tech-fields")).getText()).contains("Electronic information")
                .doesNotContain("电子信息");
        // the pipeline names the district of each enterprise (the enterprises' own names stay as registered)
        assertThat(driver.findElement(By.id("table-pipeline")).getText()).contains("Taijiang").doesNotContain("台江区");
        legendsClearOfThePlots();
        screenshot("plan-dashboard-en-1366");
        phoneWidth();
        legendsClearOfThePlots();
        assertNoColumnOneCharacterWide();
        screenshot("plan-dashboard-en-phone");
    }

    private void chartsReady() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "true".equals(
                d.findElement(By.className("plan-dashboard")).getAttribute("data-charts-ready")));
    }

    /** The category names on the district chart's axis, as ECharts draws them. */
    @SuppressWarnings("unchecked")
    private List<String> districtsOfTheChart() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("return echarts.getInstanceByDom("
                + "document.getElementById('chart-districts')).getOption().xAxis[0].data;");
    }

    /**
     * Waits until every chart with a legend has been redrawn for the window's width and its legend ends above the plot
     * (ECharts' own layout: the legend's drawn box and the grid's rectangle) and within the chart's width, its entries
     * overlap no other entry and are written at 12 px or larger, and the chart itself lies within the window's width.
     */
    private void legendsClearOfThePlots() {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("""
                        return ['chart-trajectory', 'chart-districts'].every(function (id) {
                          var element = document.getElementById(id);
                          var chart = echarts.getInstanceByDom(element);
                          if (chart.getWidth() !== element.clientWidth
                              || element.getBoundingClientRect().right > document.documentElement.clientWidth) {
                            return false;
                          }
                          var view = chart.getViewOfComponentModel(chart.getModel().getComponent('legend'));
                          var legend = view.group;
                          var box = legend.getBoundingRect();
                          var plot = chart.getModel().getComponent('grid').coordinateSystem.getRect();
                          var entries = view.getContentGroup().children().map(function (entry) {
                            var rect = entry.getBoundingRect().clone();
                            rect.applyTransform(entry.getLocalTransform());
                            return rect;
                          });
                          var apart = entries.every(function (a, i) {
                            return entries.every(function (b, j) { return i === j || !a.intersect(b); });
                          });
                          var size = chart.getOption().legend[0].textStyle;
                          var readable = !size || !size.fontSize || size.fontSize >= 12;
                          return apart && readable && legend.y + box.y + box.height <= plot.y
                              && legend.x + box.x >= 0 && legend.x + box.x + box.width <= chart.getWidth();
                        });""")));
    }

    @Test
    void anAdminChangesATargetThroughTheFormAndTheHistoryShowsIt() {
        loginAs("plan-admin", PASSWORD);
        open("/plan/targets");
        WebElement row = driver.findElement(By.xpath("//table[@id='table-targets']//tr[td/span[text()='全市']]"));
        row.findElement(By.tagName("summary")).click();
        WebElement target = row.findElement(By.name("targetCount"));
        target.clear();
        target.sendKeys("4100");
        WebElement years = row.findElement(By.name("years"));
        years.clear();
        years.sendKeys("2023=3100");
        row.findElement(By.id("save-CITY")).click();

        waitFor(By.id("target-saved"));
        String history = driver.findElement(By.id("table-history")).getText();
        // fields and the seeded plan in words, not code names and migration numbers
        assertThat(history).contains("plan-admin").contains("目标").contains("4100").contains("{2023=3100}")
                .contains("系统预置").doesNotContain("targetCount", "migration V40");
        WebElement city = driver.findElement(By.xpath("//table[@id='table-targets']//tr[td/span[text()='全市']]"));
        assertThat(city.findElements(By.cssSelector("td.plan-explicit"))).extracting(cell -> cell.getAttribute("textContent").trim())
                .containsExactly("3100");
        screenshot("plan-targets");
    }
}
