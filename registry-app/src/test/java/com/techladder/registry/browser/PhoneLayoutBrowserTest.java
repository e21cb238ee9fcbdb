package com.techladder.registry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import com.techladder.batch.classification.ClassificationRun;
import com.techladder.batch.classification.ClassificationRunRepository;
import com.techladder.registry.assessment.RunLauncher;
import com.techladder.registry.security.Role;
import com.techladder.registry.testing.ClassifiedRegistry;

/**
 * The staff, auditor and enterprise pages with tables, at a phone's width (390 px) in Chinese and in English: every
 * table folds into cards or keeps readable columns (no cell one character wide), numbers carry their separators,
 * and nothing internal (criterion ids, codes of enums, the cron expression) shows on the staff's and enterprises' pages.
 */
class PhoneLayoutBrowserTest extends BrowserTest {

    private static final String ADMIN = "browser-phone-admin";
    private static final String PASSWORD = "browser-phone-password";

    @Autowired
    RunLauncher launcher;
    @Autowired
    ClassificationRunRepository runs;

    @Test
    void everyTableStaysReadableAtPhoneWidthInBothLanguages() {
        ClassifiedRegistry registry = new ClassifiedRegistry(jdbc);
        registry.reset();
        registry.enterprises();
        ClassificationRun run = registry.classify(launcher, runs);
        account(ADMIN, PASSWORD, Role.ADMIN, null);
        loginAs(ADMIN, PASSWORD);
        List<String> pages = List.of("/console", "/console/runs", "/console/runs/" + run.id(),
                "/console/enterprises?q=%E7%A6%8F%E5%B7%9E", "/console/enterprises/" + ClassifiedRegistry.GULOU,
                "/review", "/review/runs/" + run.id(), "/review/runs/" + run.id() + "/enterprises",
                "/review/runs/" + run.id() + "/enterprises/" + ClassifiedRegistry.GULOU, "/plan");
        phoneWidth();
        for (String lang : List.of("en", "zh_CN")) {
            for (String path : pages) {
                open(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
                assertNoColumnOneCharacterWide();
                if (path.startsWith("/console")) {
                    // staff pages: no enum codes, criterion ids or the schedule's cron expression
                    String text = driver.findElement(By.tagName("main")).getText();
                    assertThat(text).as(path).doesNotContainPattern("\\b(TECH_SME|NATIONAL_HTE|PROVINCIAL_HTE|"
                            + "LITTLE_GIANT|NOT_ELIGIBLE|INSUFFICIENT_DATA|COMPLETED|MANUAL)\\b")
                            .doesNotContain("cron", "0 0 2 * * *");
                }
            }
        }
        open("/console/enterprises/" + ClassifiedRegistry.GULOU);
        assertThat(driver.findElement(By.id("enterprise-age")).getText()).matches("（成立 \\d+ 年 \\d+ 个月）");
        screenshot("phone-console-enterprise");
        open("/console/runs/" + run.id());
        screenshot("phone-console-run");
        open("/review/runs/" + run.id() + "/enterprises/" + ClassifiedRegistry.GULOU);
        screenshot("phone-review-trace");
        open("/plan?lang=en");
        screenshot("phone-plan-en");
        open("/console/enterprises/" + ClassifiedRegistry.GULOU);
        assertThat(driver.findElement(By.id("enterprise-age")).getText()).matches("\\(\\d+ years? \\d+ months? since it was founded\\)");
        screenshot("phone-console-enterprise-en");
        desktopWidth();
        open("/console/enterprises/" + ClassifiedRegistry.GULOU + "?lang=zh_CN");
        screenshot("console-enterprise");
    }
}
