package io.customercodes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import io.customercodes.web.HttpTest;
import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A customer files a complaint on a code's public page, keeps the private link, and after the handler has
 * responded rejects the response there and learns which dispute-resolution body takes the complaint.
 */
@HttpTest
class PublicComplaintBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ProcessScenario scenario;

    final String key = ProcessScenario.uniqueKey("SHOP");
    WebDriver browser;
    boolean passed;

    @BeforeEach
    void start() {
        TestUsers.create(identity);
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Every parcel ships the same day");
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void stop(TestInfo test) {
        if (browser != null) {
            if (!passed) {
                HeadlessChromium.screenshot(browser, test.getTestMethod().orElseThrow().getName());
            }
            browser.quit();
        }
    }

    @Test
    void aCustomerFilesAComplaintFollowsTheLinkAndRejectsTheResponseToGoToTheDisputeBody() {
        browser.get("http://localhost:" + port + "/codes/" + key);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("complaint")));
        assertThat(browser.findElements(By.cssSelector("fieldset legend"))).extracting(WebElement::getText)
                .contains("Which promise was not kept?", "How we can reach you");

        browser.findElement(By.cssSelector("label[for='promise-choice-1']")).click();
        browser.findElement(By.id("whatHappened")).sendKeys("I paid for same-day shipping; it shipped a week later.");
        browser.findElement(By.id("remedyWanted")).sendKeys("The shipping charge back");
        browser.findElement(By.id("complainantName")).sendKeys("Sam Shopper");
        browser.findElement(By.cssSelector("label[for='consentToStore']")).click();
        browser.findElement(By.cssSelector("form.complaint-form button[type='submit']")).click();

        // No way to reach the customer: the form comes back, with what was typed, and a summary that leads there.
        WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("error-summary")));
        assertThat(summary.getAttribute("role")).isEqualTo("alert");
        assertThat(browser.getTitle()).startsWith("Error: ");
        assertThat(browser.findElement(By.id("whatHappened")).getAttribute("value")).startsWith("I paid for");
        assertThat(browser.findElement(By.id("promise-choice-1")).isSelected()).isTrue();
        summary.findElement(By.linkText("Give an e-mail address or a phone number, so that we can answer you"))
                .click();
        WebElement email = browser.findElement(By.id("complainantEmail"));
        assertThat(browser.switchTo().activeElement()).isEqualTo(email);
        assertThat(email.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(email.getAttribute("aria-describedby")).contains("complainantEmail-error");
        email.sendKeys("sam@example.test");
        if (!browser.findElement(By.id("consentToStore")).isSelected()) {
            browser.findElement(By.cssSelector("label[for='consentToStore']")).click();
        }
        browser.findElement(By.cssSelector("form.complaint-form button[type='submit']")).click();

        wait.until(ExpectedConditions.urlContains("/codes/complaints/filed/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("We have received your complaint");
        String reference = browser.findElement(By.cssSelector(".facts dd")).getText();
        assertThat(reference).startsWith(key + "-");
        WebElement link = browser.findElement(By.className("status-link"));
        assertThat(link.getText()).startsWith("http://localhost:8080/codes/complaints/status/");
        link.click();

        wait.until(ExpectedConditions.urlContains("/codes/complaints/status/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your complaint " + reference);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Received and acknowledged")
                .contains("Every parcel ships the same day").doesNotContain("Do you accept our response?");
        String statusPage = browser.getCurrentUrl();

        scenario.complete("hank", reference, "Task_AssessComplaint", ProcessScenario.form("severity", "MEDIUM",
                "scopeDecision", "IN_SCOPE"));
        scenario.complete("hank", reference, "Task_InvestigateComplaint", ProcessScenario.form(
                "findings", "The warehouse was short-staffed", "rootCause", "Holiday rota",
                "remedyOffered", "Shipping charge refunded"));
        scenario.complete("hank", reference, "Task_RespondToComplaint", ProcessScenario.form("responseText",
                "We are sorry: your parcel left a week late. We have refunded the shipping charge."));
        scenario.runAsyncJobs(reference);

        browser.get(statusPage);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("We have refunded the shipping charge")
                .contains("Do you accept our response?").contains("Retail ADR scheme");
        browser.findElement(By.cssSelector("label[for='answer-reject']")).click();
        browser.findElement(By.id("comment")).sendKeys("A refund of the charge is not enough.");
        WebElement answeredOn = browser.findElement(By.tagName("main"));
        browser.findElement(By.cssSelector("main form button[type='submit']")).click();

        // The old page's main first: read while the browser swaps pages, it fails as "not in the document".
        wait.until(ExpectedConditions.stalenessOf(answeredOn));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "What happens next"));
        assertThat(browser.getCurrentUrl()).isEqualTo(statusPage);
        String main = browser.findElement(By.tagName("main")).getText();
        assertThat(main).contains("Referred to dispute resolution").contains("You did not accept our response")
                .contains("Retail ADR scheme").contains(reference).doesNotContain("Do you accept our response?");
        assertThat(browser.findElements(By.cssSelector("main form"))).isEmpty();
        passed = true;
    }
}
