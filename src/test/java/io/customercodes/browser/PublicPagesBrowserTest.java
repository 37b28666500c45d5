package io.customercodes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.web.HttpTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A customer, without logging in, finds a published code in the list and reads its promises. */
@HttpTest
class PublicPagesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessScenario scenario;

    WebDriver browser;

    @BeforeEach
    void start() {
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCustomerFollowsTheListToACodeAndReadsItsPromisesInAnAccessiblePage() {
        String key = ProcessScenario.uniqueKey("SHOP");
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Every parcel ships the same day");

        browser.get("http://localhost:" + port + "/codes");
        browser.findElement(By.id("q")).sendKeys(key);
        browser.findElement(By.cssSelector("form.code-search button[type='submit']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href='/codes/" + key + "']")))
                .click();

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/codes/" + key));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.getTitle()).contains("Promise of " + key);
        assertThat(browser.findElements(By.tagName("h1"))).extracting(WebElement::getText)
                .containsExactly("Promise of " + key);
        List<String> sections = browser.findElements(By.tagName("h2")).stream().map(WebElement::getText).toList();
        assertThat(sections).contains("Scope", "Our promises");
        assertThat(browser.findElements(By.cssSelector("ol.promises h4"))).extracting(WebElement::getText)
                .contains("What makes this promise real", "How we measure it");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Every parcel ships the same day");
        assertThat(browser.findElements(By.cssSelector("main li"))).isNotEmpty();
        // The stylesheet applies under the page's Content-Security-Policy.
        assertThat(browser.findElement(By.tagName("main")).getCssValue("max-width")).isEqualTo("736px");
    }

    @Test
    void aStaleLinkToACodeLeadsToAPageWithAWayBack() {
        browser.get("http://localhost:" + port + "/codes/NO-SUCH-CODE");

        assertThat(browser.findElements(By.tagName("h1"))).extracting(WebElement::getText)
                .containsExactly("Code not found");
        assertThat(browser.findElement(By.tagName("main")).getCssValue("max-width")).isEqualTo("736px");
        browser.findElement(By.linkText("See all published customer satisfaction codes")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches("/codes$"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Published customer satisfaction codes");
    }
}
