package io.customercodes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.customercodes.ModelCodes;
import io.customercodes.ProcessScenario;
import io.customercodes.web.HttpTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every public page, in each state a customer can meet it, passes axe-core's WCAG 2.1 A and AA rules without a
 * serious or critical violation; pages that do not exist are accessible HTML pages too, and the icon loads.
 */
@HttpTest
class PublicPagesAccessibilityBrowserTest {

    static final Set<String> BLOCKING = Set.of("serious", "critical");

    @LocalServerPort
    int port;

    @Autowired
    ProcessScenario scenario;

    final String key = ProcessScenario.uniqueKey("AXE");
    /** A code in its first drafting: it exists, but customers have never seen it. */
    final String unpublished = ProcessScenario.uniqueKey("AXEDRAFT");
    final List<String> violations = new ArrayList<>();
    WebDriver browser;
    boolean passed;

    @BeforeEach
    void start() {
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Every parcel ships the same day");
        scenario.startCode(unpublished);
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
    void everyPublicPageACustomerCanReachPassesTheAccessibilityCheck() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        check("/codes", "Published customer satisfaction codes");
        check("/codes/" + key, "Promise of " + key);
        check("/codes/" + key + "/versions", "Versions of Promise of " + key);
        String model = ProcessScenario.uniqueKey("AXEMODEL");
        String adopter = ProcessScenario.uniqueKey("AXEADOPTER");
        scenario.startAs("sara", "codeLifecycle", ModelCodes.modelStartForm(model));
        scenario.developUntilApproval("sara", model, ModelCodes.modelDraftForm());
        scenario.approve(model);
        scenario.implement("sara", model);
        scenario.startCode(ModelCodes.adoptingStartForm(adopter, model));
        scenario.publishAndImplement(adopter, ModelCodes.strongerAdoptedDraft());
        check("/codes?q=" + model, "Published customer satisfaction codes");
        check("/codes/" + model, "Model code " + model);
        check("/codes/" + adopter, "Promise of " + adopter);

        browser.get(url("/codes/" + key));
        browser.findElement(By.cssSelector("label[for='promise-choice-1']")).click();
        browser.findElement(By.id("whatHappened")).sendKeys("It shipped a week late.");
        browser.findElement(By.id("complainantName")).sendKeys("Sam Shopper");
        browser.findElement(By.cssSelector("label[for='consentToStore']")).click();
        browser.findElement(By.cssSelector("form.complaint-form button[type='submit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("error-summary")));
        analyze("complaint form with its errors");

        browser.findElement(By.id("complainantEmail")).sendKeys("sam@example.test");
        if (!browser.findElement(By.id("consentToStore")).isSelected()) {
            browser.findElement(By.cssSelector("label[for='consentToStore']")).click();
        }
        browser.findElement(By.cssSelector("form.complaint-form button[type='submit']")).click();
        wait.until(ExpectedConditions.urlContains("/codes/complaints/filed/"));
        analyze("complaint received");
        browser.findElement(By.className("status-link")).click();
        wait.until(ExpectedConditions.urlContains("/codes/complaints/status/"));
        analyze("complaint status");

        browser.get(url("/codes/" + key));
        browser.findElement(By.id("satisfactionComment")).sendKeys("Clear enough.");
        // As a browser that does not check required fields itself: the server's error must be accessible too.
        ((JavascriptExecutor) browser).executeScript("document.querySelector('section.satisfaction form').noValidate = true");
        browser.findElement(By.cssSelector("section.satisfaction button[type='submit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("survey-error-summary-title")));
        analyze("satisfaction question with its error");
        browser.findElement(By.cssSelector("label[for='score-4']")).click();
        browser.findElement(By.cssSelector("section.satisfaction button[type='submit']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("section.satisfaction"),
                "Thank you"));
        analyze("satisfaction answered");

        // The code page in the states a review brings: under review, being revised, withdrawn.
        scenario.fire("Timer_ReviewDue", key);
        checkSays("/codes/" + key, "Promise of " + key, "Under review since");
        scenario.complete("mary", key, "Task_EvaluateCode", ProcessScenario.evaluationForm("Faster now", "REVISE"));
        scenario.complete("tom", key, "Task_DecideReview", ProcessScenario.form("reviewDecision", "REVISE",
                "reviewRationale", "Promise what we deliver"));
        checkSays("/codes/" + key, "Promise of " + key, "Being revised after the review of");
        scenario.review(adopter, "WITHDRAW");
        checkSays("/codes/" + adopter, "Promise of " + adopter, "This code was withdrawn on");
        checkSays("/codes/" + adopter + "/versions", "Versions of Promise of " + adopter, "withdrawn");

        check("/codes/NO-SUCH-CODE", "Code not found");
        check("/codes/" + key.toLowerCase(Locale.ROOT), "Code not found");
        check("/codes/" + unpublished, "Code not found");
        check("/codes/complaints/status/not-a-token", "Complaint not found");

        assertThat(violations).as("serious or critical accessibility violations").isEmpty();
        passed = true;
    }

    @Test
    void pagesThatDoNotExistAreHtmlForBrowsersAndJsonForApiClients() throws Exception {
        for (String path : List.of("/codes/NO-SUCH-CODE", "/codes/" + key.toLowerCase(Locale.ROOT),
                "/codes/" + unpublished)) {
            HttpResponse<String> page = get(path, "text/html,application/xhtml+xml");
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
            assertThat(page.body()).as(path).contains("<h1>Code not found</h1>").contains("lang=\"en\"");
            HttpResponse<String> api = get(path, "application/json");
            assertThat(api.statusCode()).as(path).isEqualTo(404);
            assertThat(api.headers().firstValue("Content-Type").orElse("")).as(path).contains("json");
        }
        HttpResponse<String> icon = get("/favicon.ico", "image/avif,image/webp,image/*,*/*;q=0.8");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type").orElse("")).startsWith("image/");
        assertThat(get("/favicon.svg", "image/*").statusCode()).isEqualTo(200);
        assertThat(get("/codes/" + key, "text/html").body()).contains("rel=\"icon\"");
        passed = true;
    }

    private void check(String path, String heading) {
        browser.get(url(path));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.tagName("h1"), heading));
        analyze(path);
    }

    private void checkSays(String path, String heading, String text) {
        check(path, heading);
        assertThat(browser.findElement(By.tagName("main")).getText()).as(path).contains(text);
    }

    private void analyze(String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        assertThat(results.isErrored()).as("axe ran on %s: %s", page, results.getErrorMessage()).isFalse();
        assertThat(results.getPasses()).as("rules axe checked on %s", page).isNotEmpty();
        for (Rule rule : results.getViolations()) {
            if (BLOCKING.contains(rule.getImpact())) {
                violations.add(page + ": " + rule.getId() + " (" + rule.getImpact() + ") at " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")));
            }
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept)
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
