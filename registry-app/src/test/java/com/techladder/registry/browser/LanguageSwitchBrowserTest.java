package com.techladder.registry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** zh-CN by default; the English switch changes every text of the page and is remembered on the next page. */
class LanguageSwitchBrowserTest extends BrowserTest {

    @Test
    void theHomePageIsChineseUntilEnglishIsChosenAndTheChoiceIsRemembered() {
        open("/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("科技企业梯度培育");
        assertThat(driver.findElement(By.id("nav-self-check")).getText()).isEqualTo("企业自测");

        driver.findElement(By.id("lang-en")).click();
        waitFor(By.xpath("//h1[text()='Cultivating technology enterprises']"));
        assertThat(driver.findElement(By.id("nav-self-check")).getText()).isEqualTo("Self-check");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        screenshot("language-switch-home-en");

        driver.findElement(By.id("home-self-check")).click();
        assertThat(driver.getCurrentUrl()).doesNotContain("lang=");
        assertThat(driver.findElement(By.id("nav-self-check")).getText()).isEqualTo("Self-check");

        driver.findElement(By.id("lang-zh")).click();
        waitFor(By.xpath("//a[@id='nav-self-check' and text()='企业自测']"));
    }

    @Test
    void atPhoneWidthTheMenuFoldsBehindAToggle() {
        phoneWidth();
        open("/");
        assertThat(driver.findElement(By.id("nav-self-check")).isDisplayed()).isFalse();
        driver.findElement(By.className("nav-toggle")).click();
        assertThat(driver.findElement(By.id("nav-self-check")).isDisplayed()).isTrue();
        screenshot("home-phone-menu-open");
    }
}
