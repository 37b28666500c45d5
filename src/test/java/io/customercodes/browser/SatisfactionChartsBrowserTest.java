package io.customercodes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import io.customercodes.web.HttpTest;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A customer tells, without signing in, how clearly the code said what to expect; at the review the code
 * manager sees the answer in Tasklist, with the satisfaction chart as an image loaded with her Tasklist session,
 * and opens the code's charts page.
 */
@HttpTest
class SatisfactionChartsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ProcessScenario scenario;

    final String key = ProcessScenario.uniqueKey("CLEAR");
    WebDriver customer;
    TasklistInBrowser tasklist;
    boolean passed;

    @BeforeEach
    void start() {
        TestUsers.create(identity);
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Every parcel ships the same day");
        customer = HeadlessChromium.start();
    }

    @AfterEach
    void stop(TestInfo test) throws Exception {
        String name = test.getTestMethod().orElseThrow().getName();
        if (customer != null) {
            if (!passed) {
                HeadlessChromium.screenshot(customer, name + "-customer");
            }
            customer.quit();
        }
        if (tasklist != null) {
            if (!passed) {
                tasklist.keepEvidence(name + "-manager");
            }
            tasklist.close();
        }
    }

    @Test
    void aCustomerRatesTheCodeAndTheManagerSeesItCharted() {
        WebDriverWait wait = new WebDriverWait(customer, Duration.ofSeconds(20));
        customer.get("http://localhost:" + port + "/codes/" + key);
        customer.findElement(By.cssSelector("label[for='score-2']")).click();
        customer.findElement(By.id("satisfactionComment")).sendKeys("I could not tell when my parcel would ship.");
        customer.findElement(By.cssSelector("section.satisfaction button[type='submit']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("section.satisfaction"),
                "Thank you: your answer for this code has been recorded"));
        assertThat(customer.getCurrentUrl()).endsWith("/codes/" + key + "#satisfaction");
        assertThat(customer.findElements(By.name("score"))).isEmpty();

        scenario.fire("Timer_ReviewDue", key);
        tasklist = new TasklistInBrowser(port);
        tasklist.openTask("mary", "Code managers", "Evaluate code performance", key);
        WebElement form = tasklist.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form")));
        tasklist.wait.until(ExpectedConditions.textToBePresentInElement(form, "Average score: 2.0 of 5, from 1 answer"));
        assertThat(form.getText()).contains("I could not tell when my parcel would ship.");
        WebElement chart = tasklist.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".fjs-form img[src$='/manage/codes/" + key + "/charts/satisfaction.svg']")));
        tasklist.wait.until(browser -> (Boolean) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", chart));
        assertThat(chart.getAttribute("alt")).isEqualTo("Satisfaction with the code per month");

        tasklist.browser.get("http://localhost:" + port + "/manage/codes/" + key);
        tasklist.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Charts of Promise of " + key));
        List<WebElement> charts = tasklist.browser.findElements(By.cssSelector("section.chart svg[role='img']"));
        assertThat(charts).hasSizeGreaterThanOrEqualTo(2);
        assertThat(tasklist.browser.findElements(By.cssSelector("section.chart h2")))
                .extracting(WebElement::getText).contains("Orders on time", "Satisfaction with the code");
        assertThat(tasklist.browser.findElement(By.id("chart-satisfaction-title")).getAttribute("textContent"))
                .isEqualTo("Satisfaction with the code");
        assertThat(tasklist.browser.findElements(By.cssSelector("#heading-satisfaction ~ table td")))
                .extracting(WebElement::getText).anySatisfy(text -> assertThat(text).contains(": 2.0 from 1 answer"));
        passed = true;
    }
}
