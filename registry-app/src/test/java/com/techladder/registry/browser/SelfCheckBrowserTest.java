package com.techladder.registry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A visitor fills the public self-check from an empty form — the latest year first, the two earlier years opened on
 * demand, type, systems and integrity asked once: the browser itself stops an impossible pair of figures, the server
 * refuses an invalid USCC and an amount out of range with a message next to each field and a summary naming the field
 * and the year (the values stay), and the corrected form shows
 * the result — the answer first (held, reached, the next step, the subsidies' total), programmes with the met criteria
 * folded, the 高企 score by section, subsidies in 万元 — with nothing stored, printing on at most two A4 pages.
 * Screenshots at 1366 px and 390 px, zh and en.
 */
class SelfCheckBrowserTest extends BrowserTest {

    /** 91350100M000100Y43 with a wrong check character. */
    private static final String BAD_USCC = "91350100M000100Y44";
    private static final String GOOD_USCC = "91350100M000100Y43";

    @Test
    void fromAnEmptyFormThroughValidationErrorsToThePrintableResult() {
        desktopWidth();
        open("/self-check");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("企业资格自测");
        assertThat(driver.findElements(By.cssSelector(".field-error"))).isEmpty();
        // the technology fields as every page names them (the shared formatter, techField.N)
        assertThat(techFieldLabels()).startsWith("未填写", "电子信息", "生物与新医药").endsWith("先进制造与自动化").hasSize(9);

        new Select(driver.findElement(By.id("assessmentYear"))).selectByValue("2025");
        type("name", "福州<script>alert(1)</script>软件有限公司");
        type("uscc", BAD_USCC);
        new Select(driver.findElement(By.id("district"))).selectByVisibleText("鼓楼区");
        setDate("establishedOn", "2016-05-10");
        fillLatestYear();
        // the earlier years are on demand
        assertThat(driver.findElement(By.id("records-1-employees")).isDisplayed()).isFalse();
        click("show-earlier");
        assertThat(driver.findElement(By.id("records-1-employees")).isDisplayed()).isTrue();
        assertThat(driver.getCurrentUrl()).endsWith("/self-check");
        type("records-1-employees", "100");
        type("records-1-techStaff", "30");
        type("records-1-revenue", "6500");
        type("records-1-totalAssets", "5000");
        type("records-1-rdExpense", "380");
        // 13 integer digits: the browser lets it through, the server does not
        type("records-1-totalCost", "1234567890123");

        // client side: more technology staff than employees never leaves the browser
        type("records-0-techStaff", "200");
        submit();
        WebElement techStaff = driver.findElement(By.id("records-0-techStaff"));
        assertThat(techStaff.getDomProperty("validationMessage")).isEqualTo("科技人员数不能多于职工总数");
        assertThat(driver.getCurrentUrl()).endsWith("/self-check");
        techStaff.clear();
        type("records-0-techStaff", "40");

        // server side: the check character of the USCC is wrong
        submit();
        WebElement ussError = waitFor(By.id("err-uscc"));
        assertThat(ussError.getText()).contains("统一社会信用代码无效").contains("校验码错误");
        WebElement summary = driver.findElement(By.id("error-summary"));
        assertThat(summary.getText()).contains("请修改以下标出的 2 处", "统一社会信用代码：统一社会信用代码无效",
                "成本费用总额（万元） · 2023 年度：金额超出范围");
        assertThat(summary.findElements(By.tagName("a"))).extracting(a -> a.getDomAttribute("href"))
                .containsExactlyInAnyOrder("#uscc", "#records-1-totalCost");
        // the year with the message stays open
        assertThat(driver.findElement(By.id("records-1-totalCost")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("records-0-employees")).getDomProperty("value")).isEqualTo("120");
        assertThat(driver.findElement(By.id("name")).getDomProperty("value")).isEqualTo("福州<script>alert(1)</script>软件有限公司");
        screenshot("self-check-validation-error");
        phoneWidth();
        screenshot("self-check-validation-error-phone");
        desktopWidth();

        WebElement totalCost = driver.findElement(By.id("records-1-totalCost"));
        totalCost.clear();
        totalCost.sendKeys("5200");
        WebElement uscc = driver.findElement(By.id("uscc"));
        uscc.clear();
        uscc.sendKeys(GOOD_USCC);
        submit();

        waitFor(By.id("ladder"));
        assertThat(driver.findElement(By.id("result-heading")).getText())
                .isEqualTo("福州<script>alert(1)</script>软件有限公司 的自测结果");
        assertThat(driver.findElement(By.id("result-meta")).getText()).startsWith("2025 年度评价");
        List<String> programmes = driver.findElements(By.cssSelector("section.programme h3")).stream()
                .map(WebElement::getText).toList();
        assertThat(programmes).containsExactly("科技型中小企业", "省级高新技术企业", "国家高新技术企业", "科技小巨人企业");
        assertThat(driver.findElement(By.cssSelector("#programme-TECH_SME .outcome")).getText()).isEqualTo("符合条件");
        assertThat(driver.findElements(By.cssSelector("#programme-TECH_SME table.criteria tbody tr"))).isNotEmpty();
        assertThat(driver.findElement(By.id("rung-TECH_SME")).getAttribute("class")).contains("reached");
        assertThat(driver.findElement(By.id("standing")).getText()).startsWith("根据所填数据，企业目前可达到：");
        // held apart from reached: no certificate was entered, so the firm stands on no rung and is told to apply
        assertThat(driver.findElement(By.id("standing-held")).getText()).contains("未持有梯队证书");
        assertThat(driver.findElement(By.id("next-step")).getText()).contains("申请认定").contains("年度受理期")
                .doesNotContain("最高一级");
        assertThat(driver.findElement(By.id("subsidy-total")).getText()).startsWith("可享受的补助估算合计：").contains("万元");
        // the met criteria are folded, what is not met or not known stays open
        WebElement met = driver.findElement(By.cssSelector("#programme-TECH_SME details.met-criteria"));
        assertThat(met.getDomProperty("open")).isEqualTo("false");
        assertThat(driver.findElement(By.id("innovation-sections")).getText())
                .contains("知识产权").contains("科技成果转化能力").contains("研究开发组织管理水平").contains("企业成长性");
        assertThat(driver.findElements(By.cssSelector("#subsidies tbody tr"))).hasSize(4);
        assertThat(driver.findElement(By.cssSelector("#subsidies thead")).getText()).contains("估算金额（万元）");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("TECH_SME.").doesNotContain("NATIONAL_HTE.");
        screenshot("self-check-result");

        // printed, the page drops the navigation and the buttons and keeps the result and the figures entered
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(driver.findElement(By.className("site-header")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("result-print")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("ladder")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("result-meta")).getText()).contains("规则版本").contains("自测于");
        screenshot("self-check-result-print");
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        assertThat(printedA4Pages("self-check-result")).isBetween(1, 2);

        // the values travel with the result: "修改数据" brings the filled form back
        driver.findElement(By.id("result-edit")).click();
        waitFor(By.id("self-check-form"));
        assertThat(driver.findElement(By.id("uscc")).getDomProperty("value")).isEqualTo(GOOD_USCC);
        assertThat(driver.findElement(By.id("records-1-revenue")).getDomProperty("value")).isEqualTo("6500");
    }

    @Test
    void aOneStrikeBarIsExplainedWithTheYearToApplyAgain() {
        desktopWidth();
        open("/self-check");
        new Select(driver.findElement(By.id("assessmentYear"))).selectByValue("2025");
        fillLatestYear();
        select("records-0-majorSafetyIncident", "true");
        submit();
        waitFor(By.id("ladder"));
        assertThat(driver.findElement(By.id("next-step")).getText())
                .contains("因一票否决情形，本年度不能申请").contains("年起重新申请");
        assertThat(driver.findElement(By.id("rung-TECH_SME")).getText()).contains("一票否决");
        assertThat(driver.findElement(By.id("exclusion-TECH_SME")).isDisplayed()).isTrue();
        screenshot("self-check-result-exclusion");
    }

    @Test
    void theResultSwitchesLanguageWithoutLosingTheFigures() {
        phoneWidth();
        open("/self-check");
        // at phone width the years stack under each field, each cell labelled with its year; the latest year only
        // until the others are asked for, and the submit always in reach
        assertThat(driver.findElement(By.cssSelector(".years-table thead")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("records-1-employees")).isDisplayed()).isFalse();
        assertThat(submitInView()).isTrue();
        double screens = ((Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight / window.innerHeight")).doubleValue();
        assertThat(screens).as("phone screens of the empty form (16 with three years side by side)").isLessThan(10.5);
        screenshot("self-check-form-phone");
        driver.findElement(By.id("records-0-revenue")).sendKeys("1");
        assertThat(submitInView()).isTrue();
        new Select(driver.findElement(By.id("assessmentYear"))).selectByValue("2025");
        assertThat(driver.findElement(By.id("records-2-employees")).findElement(By.xpath("..")).getAttribute("data-year"))
                .isEqualTo("2022 年度");
        fillLatestYear();
        submit();
        waitFor(By.id("ladder"));
        screenshot("self-check-result-phone");
        driver.findElement(By.className("nav-toggle")).click();
        driver.findElement(By.id("lang-en")).click();
        waitFor(By.xpath("//h1[text()='Self-check result']"));
        assertThat(driver.findElement(By.cssSelector("#programme-TECH_SME h3")).getText())
                .isEqualTo("Technology-based SME");
        assertThat(driver.findElement(By.cssSelector("#programme-TECH_SME .outcome")).getText()).isEqualTo("Eligible");
        assertThat(driver.findElement(By.id("next-step")).getText()).contains("Where to apply").contains("Window of the 2025 assessment");
        screenshot("self-check-result-en-phone");
        desktopWidth();
        screenshot("self-check-result-en");
    }

    @Test
    void theEnglishFormNamesFieldAndYearInItsSummary() {
        desktopWidth();
        open("/self-check?lang=en");
        new Select(driver.findElement(By.id("assessmentYear"))).selectByValue("2025");
        assertThat(driver.findElement(By.id("group-INTEGRITY")).getText()).contains("Asked once");
        assertThat(techFieldLabels()).contains("Electronic information", "Advanced manufacturing and automation")
                .hasSize(9).noneMatch(label -> label.matches(".*\\p{IsHan}.*"));
        type("records-0-employees", "120");
        type("records-0-totalCost", "1234567890123");
        submit();
        assertThat(waitFor(By.id("error-summary")).getText()).contains("Total costs and expenses (10k yuan) · 2024: ");
        screenshot("self-check-form-en");
        phoneWidth();
        assertThat(submitInView()).isTrue();
        screenshot("self-check-form-en-phone");
        open("/self-check?lang=zh_CN");
    }

    /** The options of the technology-field dropdown, as shown. */
    private List<String> techFieldLabels() {
        return new Select(driver.findElement(By.cssSelector("select[data-field='techField']"))).getOptions().stream()
                .map(option -> option.getAttribute("textContent").trim()).toList();
    }

    /** The submit button lies within the window (the sticky action bar), wherever the page is scrolled. */
    private boolean submitInView() {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "var r = document.getElementById('self-check-submit').getBoundingClientRect();"
                        + " return r.top >= 0 && r.bottom <= window.innerHeight;");
    }


    /** Prints the page to an A4 PDF (saved beside the screenshots) and counts its pages. */
    private int printedA4Pages(String name) {
        Map<String, Object> pdf = ((ChromeDriver) driver).executeCdpCommand("Page.printToPDF",
                Map.of("paperWidth", 8.27, "paperHeight", 11.69, "preferCSSPageSize", true));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".pdf"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(bytes, StandardCharsets.ISO_8859_1))
                .results().count();
    }

    private void fillLatestYear() {
        type("records-0-employees", "120");
        type("records-0-techStaff", "40");
        type("records-0-revenue", "8000");
        type("records-0-totalAssets", "6000");
        type("records-0-rdExpense", "450");
        type("records-0-ipClass1", "1");
        type("records-0-ipClass2", "3");
        select("records-0-auditedTaxMethod", "true");
        select("records-0-restrictedIndustry", "false");
        click("integrity-none");
    }

    private void type(String id, String text) {
        driver.findElement(By.id(id)).sendKeys(text);
    }

    private void select(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
    }

    private void submit() {
        driver.findElement(By.id("self-check-submit")).click();
    }
}
