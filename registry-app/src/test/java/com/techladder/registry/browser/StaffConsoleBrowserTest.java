package com.techladder.registry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import com.techladder.batch.assessment.AssessmentJson;
import com.techladder.batch.classification.ClassificationRun;
import com.techladder.batch.classification.ClassificationRunRepository;
import com.techladder.batch.importing.ImportKind;
import com.techladder.batch.importing.ImportService;
import com.techladder.batch.assessment.Assessments;
import com.techladder.registry.assessment.RunLauncher;
import com.techladder.registry.security.Role;
import com.techladder.registry.testing.ClassifiedRegistry;

/**
 * A staff member in the console: uploads the GB18030 example file that has bad rows, watches the import end, and
 * downloads the rejected rows; launches a classification run over the sample registry and watches it to completion.
 */
class StaffConsoleBrowserTest extends BrowserTest {

    private static final String STAFF = "browser-staff";
    private static final String PASSWORD = "browser-staff-password";
    private static final String AUDITOR = "browser-import-auditor";
    private static final Path EXAMPLE = Path.of("..", "sample-data", "examples", "enterprises-gb18030.csv");
    private static final Path SAMPLE = Path.of("..", "sample-data", "enterprises.csv");
    private static final Duration WORK = Duration.ofSeconds(120);

    @Autowired
    ImportService imports;
    @Autowired
    RunLauncher launcher;
    @Autowired
    ClassificationRunRepository runs;
    @Autowired
    Assessments assessments;

    @BeforeEach
    void staffAccountAndASmallRegistry() {
        ClassifiedRegistry registry = new ClassifiedRegistry(jdbc);
        registry.reset();
        registry.enterprises();
        account(STAFF, PASSWORD, Role.STAFF, null);
        loginAs(STAFF, PASSWORD);
    }

    @Test
    void anUploadWithRejectedRowsIsWatchedToTheEndAndItsReportDownloaded() {
        desktopWidth();
        open("/console");
        driver.findElement(By.id("nav-console")).click();
        driver.findElement(By.id("subnav-imports")).click();
        new Select(driver.findElement(By.id("kind"))).selectByValue("enterprises");
        new Select(driver.findElement(By.id("encoding"))).selectByValue("");
        driver.findElement(By.id("file")).sendKeys(EXAMPLE.toAbsolutePath().normalize().toString());
        driver.findElement(By.id("upload-submit")).click();

        // console.js polls the imports API and reloads the page once the import has ended
        WebElement download = new WebDriverWait(driver, WORK)
                .until(d -> d.findElements(By.id("download-rejections")).stream().findFirst().orElse(null));
        assertThat(driver.findElement(By.id("import-file-name")).getText()).isEqualTo("enterprises-gb18030.csv");
        int read = count("count-read");
        int written = count("count-written");
        int rejected = count("count-rejected");
        assertThat(rejected).isPositive();
        assertThat(written).isPositive();
        assertThat(read).isGreaterThanOrEqualTo(written + rejected);
        // completed with rejected rows: amber, saying how many, not green
        WebElement badge = driver.findElement(By.cssSelector(".import-status"));
        assertThat(badge.getText()).isEqualTo("完成，有 " + rejected + " 行被拒");
        assertThat(badge.getCssValue("background-color")).isEqualTo("rgba(255, 244, 214, 1)");
        assertThat(driver.findElements(By.cssSelector(".badge.status-COMPLETED"))).isEmpty();
        // the rejected rows on the page: line, the column by its Chinese header, the value, the reason
        List<WebElement> rows = driver.findElements(By.cssSelector("#rejection-rows tbody tr"));
        assertThat(rows).isNotEmpty().hasSizeLessThanOrEqualTo(25);
        assertThat(driver.findElement(By.id("rejection-rows")).getText()).contains("所属区县", "不是福州市的区县");
        screenshot("console-import-with-rejected-rows");

        // the link downloads with the browser's own session: fetch it as the browser would
        String report = fetch(download.getAttribute("href"));
        String[] lines = report.replace("\uFEFF", "").split("\r?\n");
        assertThat(lines[0]).isEqualTo("line,column,value,reason");
        assertThat(lines.length - 1).isGreaterThanOrEqualTo(rejected);

        // the same page in English: every text, the reasons too
        String page = driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("#.*", "");
        open(page + "?lang=en");
        assertThat(driver.findElement(By.cssSelector(".import-status")).getText())
                .isEqualTo("Completed, " + rejected + " rows rejected");
        assertThat(driver.findElement(By.id("rejection-rows")).getText()).contains("district", "Not a district of Fuzhou")
                .doesNotContain("不是福州市的区县");
        assertThat(driver.findElement(By.id("import-message")).getText()).startsWith("Import completed:");
        screenshot("console-import-with-rejected-rows-en");
        phoneWidth();
        open(page);
        assertNoColumnOneCharacterWide();
        screenshot("console-import-with-rejected-rows-phone-en");
        open(page + "?lang=zh_CN");
        assertNoColumnOneCharacterWide();
        screenshot("console-import-with-rejected-rows-phone");

        // blank templates with the contract's Chinese headers, and the import list with its amber line
        desktopWidth();
        open("/console/imports");
        assertThat(fetch(driver.findElement(By.id("template-csv-enterprises")).getAttribute("href")))
                // (the browser's text() drops the BOM, which ImportPagesWebTest checks)
                .startsWith("统一社会信用代码,企业名称,所属区县,是否位于高新区,成立日期,年度,");
        assertThat(driver.findElement(By.id("template-xlsx-certificates")).getAttribute("href"))
                .endsWith("/console/imports/templates/certificates.xlsx");
        assertThat(driver.findElement(By.cssSelector("#imports-table .status-PARTIAL")).getText())
                .isEqualTo("完成，有 " + rejected + " 行被拒");
        screenshot("console-imports-list");
        phoneWidth();
        open("/console/imports");
        assertNoColumnOneCharacterWide();
        screenshot("console-imports-list-phone");

        // an auditor finds the upload in the audit log, in words, and reads the import without changing anything
        account(AUDITOR, PASSWORD, Role.AUDITOR, null);
        driver.manage().deleteAllCookies();
        loginAs(AUDITOR, PASSWORD);
        desktopWidth();
        open("/review/audit-log");
        WebElement entry = driver.findElement(By.cssSelector("#audit-entries tbody tr"));
        assertThat(entry.getText()).contains("上传导入文件", "enterprises-gb18030.csv", "完成，有 " + rejected + " 行被拒",
                STAFF).doesNotContain("IMPORT_UPLOADED", "{");
        screenshot("review-audit-log-with-import");
        open("/review/audit-log?lang=en");
        assertThat(driver.findElement(By.cssSelector("#audit-entries tbody tr")).getText())
                .contains("File uploaded for import", "Completed, " + rejected + " rows rejected");
        screenshot("review-audit-log-with-import-en");
        phoneWidth();
        open("/review/audit-log");
        assertNoColumnOneCharacterWide();
        screenshot("review-audit-log-with-import-phone-en");
        open("/review/audit-log?lang=zh_CN");
        driver.findElement(By.linkText("导入 #" + page.replaceAll(".*/(\\d+).*", "$1"))).click();
        assertThat(driver.findElements(By.id("download-rejections"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#rejection-rows tbody tr"))).isNotEmpty();
        assertNoColumnOneCharacterWide();
        screenshot("review-import-phone");
        desktopWidth();
        open("/review/imports");
        assertThat(driver.findElement(By.id("imports-table")).getText()).contains("enterprises-gb18030.csv", STAFF);
        assertThat(driver.findElements(By.id("upload-form"))).isEmpty();
        screenshot("review-imports");
    }

    private static String fetch(String href) {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done);", href);
    }

    /** Over the 2,000 sample enterprises, so that the run is still going when its page first shows. */
    @Test
    void aClassificationRunIsLaunchedAndWatchedToCompletion() throws Exception {
        new ClassifiedRegistry(jdbc).reset();
        assertThat(imports.importNow(ImportKind.ENTERPRISES, "enterprises.csv", SAMPLE, Optional.empty(), STAFF).status())
                .isEqualTo("COMPLETED");
        int enterprises = jdbc.queryForObject("SELECT COUNT(*) FROM enterprise", Integer.class);
        open("/console/runs");
        WebElement year = driver.findElement(By.id("assessmentYear"));
        year.clear();
        year.sendKeys(Integer.toString(ClassifiedRegistry.YEAR));
        driver.findElement(By.id("launch-submit")).click();
        if (!driver.findElements(By.cssSelector("#run-watch[data-status=STARTED]")).isEmpty()) {
            assertThat(driver.findElement(By.id("run-progress")).isDisplayed()).isTrue();
            screenshot("console-classification-run-in-progress");
        }

        // console.js polls the runs API and reloads the page once the run has ended: no navigation by the test
        new WebDriverWait(driver, WORK).until(d -> !d.findElements(By.id("run-result")).isEmpty());
        assertThat(driver.getCurrentUrl()).matches(".*/console/runs/\\d+$");
        assertThat(driver.findElement(By.cssSelector(".badge.status-COMPLETED")).getText()).isEqualTo("已完成");
        // counts with the thousands separator, as on every page
        assertThat(driver.findElement(By.id("run-processed")).getText()).isEqualTo(String.format("%,d", enterprises));
        assertThat(driver.findElement(By.id("run-total")).getText()).isEqualTo(String.format("%,d", enterprises));
        int assessed = driver.findElements(By.cssSelector(".tier-counts tbody td.num")).stream()
                .mapToInt(cell -> Integer.parseInt(cell.getText().replace(",", ""))).sum();
        assertThat(assessed).isEqualTo(enterprises);
        screenshot("console-classification-run-completed");

        driver.findElement(By.id("run-review")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("分类运行 #");
    }

    @Test
    void atPhoneWidthTheSearchAndItsResultsStayUsable() {
        phoneWidth();
        open("/console/enterprises?q=%E7%A6%8F%E5%B7%9E");
        assertThat(driver.findElement(By.id("search-total")).getText()).isEqualTo("共 3 家企业");
        assertThat(driver.findElement(By.id("search-submit")).isDisplayed()).isTrue();
        screenshot("console-search-phone");
    }

    /**
     * An enterprise whose rung rests on provisional values: its page names the rung with 暂定 and each programme with
     * the day it was judged on, at desktop and at phone width.
     */
    @Test
    void anEnterprisePageMarksAProvisionalRungAndTheDayEachProgrammeWasJudgedOn() {
        ClassificationRun run = new ClassifiedRegistry(jdbc).classify(launcher, runs);
        String uscc = ClassifiedRegistry.ALL.stream()
                .filter(code -> assessments.find(run.id(), code).orElseThrow().assessment()
                        .eligibleTierProvisional())
                .findFirst().orElseThrow(() -> new AssertionError("no enterprise of the fixture has a provisional rung"));
        driver.manage().window().setSize(new Dimension(1366, 900));
        open("/console/enterprises/" + uscc);
        WebElement mark = driver.findElement(By.id("latest-eligible-tier-provisional"));
        assertThat(mark.isDisplayed()).isTrue();
        assertThat(mark.getText()).isEqualTo("暂定");
        assertThat(driver.findElement(By.id("reference-day-NATIONAL_HTE")).getText()).matches("按 \\d{4}-\\d{2}-\\d{2} 判断");
        screenshot("console-enterprise-provisional-rung");
        phoneWidth();
        open("/console/enterprises/" + uscc);
        assertThat(driver.findElement(By.id("latest-eligible-tier-provisional")).isDisplayed()).isTrue();
        screenshot("console-enterprise-provisional-rung-phone");
    }

    private static int count(String id) {
        return Integer.parseInt(driver.findElement(By.id(id)).getText());
    }
}
