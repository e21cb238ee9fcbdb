package com.techladder.registry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.techladder.registry.security.Role;
import com.techladder.registry.security.UserAccounts;

/**
 * Base of every browser test: the whole application on a random port, driven by real headless Chromium (Debian's
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}, named explicitly so Selenium Manager never runs and
 * nothing is downloaded). One browser for all browser test classes, started by the first and quit when the test JVM
 * ends (a start of Chromium costs seconds, eight times over); a fresh profile, and cookies cleared before each test
 * (the pages keep nothing else in the browser).
 * Subclasses keep exactly these Spring annotations so that all browser tests share one application context.
 *
 * <p>Helpers: {@link #open}, {@link #loginAs}, {@link #account}, {@link #screenshot}, {@link #waitFor}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    /** Where screenshots go, relative to the module (Maven's working directory for tests). */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration WAIT = Duration.ofSeconds(15);

    protected static WebDriver driver;
    private static Path profileDir;

    @LocalServerPort
    protected int port;
    @Autowired
    protected UserAccounts accounts;
    @Autowired
    protected JdbcTemplate jdbc;

    @BeforeAll
    static void startBrowser() throws IOException {
        // a machine without Debian's Chromium skips the browser tests, saying what to install (.ci/run installs it)
        Assumptions.assumeTrue(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
                "browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing"
                        + " (apt-get install chromium chromium-driver fonts-wqy-zenhei)");
        if (driver != null) {
            return;
        }
        profileDir = Files.createTempDirectory("techladder-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--lang=zh-CN", "--user-data-dir=" + profileDir.toAbsolutePath());
        // the browser's console, where Chromium reports every Content-Security-Policy violation
        options.setCapability("goog:loggingPrefs", java.util.Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 1000));
        Runtime.getRuntime().addShutdownHook(new Thread(BrowserTest::stopBrowser, "stop-chromium"));
    }

    /** At the end of the test JVM: the browser all browser test classes shared, and its profile. */
    private static void stopBrowser() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profileDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void startSignedOut() {
        driver.get(url("/login"));
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.manage().logs().get(LogType.BROWSER);
    }

    /** Every page a test visited kept to the Content-Security-Policy (docs/security.md): Chromium reported nothing. */
    @AfterEach
    void noContentSecurityPolicyViolations() {
        List<String> violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
        assertThat(violations).as("Content-Security-Policy violations reported by the browser").isEmpty();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page of the application, e.g. {@code open("/self-check")}. */
    protected void open(String path) {
        driver.get(url(path));
    }

    /** (Re)creates an account with a known password, so tests never depend on the demo accounts. */
    protected void account(String username, String password, Role role, String uscc) {
        jdbc.update("DELETE FROM app_user WHERE username = ?", username);
        accounts.create(username, password, role, uscc);
    }

    /** Signs in through the login form and waits until the browser has left the login page. */
    protected void loginAs(String username, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    protected WebElement waitFor(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** The desktop width the pages are checked at (issue 13): 1366 px. */
    protected void desktopWidth() {
        driver.manage().window().setSize(new Dimension(1366, 900));
    }

    /**
     * No table cell with text is squeezed narrower than two characters of its font (a phone once showed a column one
     * character wide, its header read downwards): tables either fold into cards or keep readable columns.
     */
    @SuppressWarnings("unchecked")
    protected void assertNoColumnOneCharacterWide() {
        List<String> narrow = (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('table td, table th'))"
                        + ".filter(c => c.offsetParent !== null && c.innerText.trim().length > 1"
                        + " && c.getBoundingClientRect().width < 2 * parseFloat(getComputedStyle(c).fontSize))"
                        + ".map(c => c.innerText.trim().slice(0, 20));");
        assertThat(narrow).as("table cells narrower than two characters on " + driver.getCurrentUrl()).isEmpty();
    }

    /** Clicks a button in the middle of the window, where the sticky action bar cannot cover it. */
    protected void click(String id) {
        WebElement button = driver.findElement(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    /** Typing into a date input follows the browser's locale (mm/dd/yyyy here); the value property is ISO everywhere. */
    protected void setDate(String id, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                driver.findElement(By.id(id)), isoDate);
    }

    /** Narrows the window to a phone's width, for screenshots of the responsive layout. */
    protected void phoneWidth() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    /**
     * Saves a PNG of the whole page under {@code target/screenshots/NAME.png} (the full scroll height, not just the
     * window) and returns its path.
     */
    protected Path screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        Object height = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight");
        int fullHeight = Math.min(((Number) height).intValue() + 140, 12000);
        driver.manage().window().setSize(new Dimension(window.getWidth(), Math.max(fullHeight, window.getHeight())));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(taken, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }
}
