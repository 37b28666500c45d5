package io.customercodes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import io.customercodes.web.HttpTest;
import io.customercodes.web.TasklistSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A code manager, not an administrator, does her first task of a new code in Tasklist in a real browser. */
@HttpTest
class TasklistBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    final String key = ProcessScenario.uniqueKey("BROWSER");
    WebDriver browser;
    WebDriverWait wait;
    boolean passed;

    @BeforeEach
    void start() {
        TestUsers.create(identity);
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void stop(TestInfo test) throws Exception {
        if (browser != null) {
            if (!passed) {
                String name = getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName();
                HeadlessChromium.screenshot(browser, name);
                Files.writeString(Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".html"),
                        browser.getPageSource());
            }
            browser.quit();
        }
    }

    @Test
    void maryOpensHerTaskFromTheCodeManagersFilterAndCompletesItsForm() {
        new TasklistSession(port, "mary").submitStartForm(Map.of(
                "codeKey", key, "title", "Browser promise", "organization", "Browser Ltd",
                "scope", "Online orders", "reviewIntervalMonths", 12, "stakeholders", List.of("STAFF")));

        openTask("mary", "Code managers", "Set objectives");

        WebElement objectives = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//label[contains(normalize-space(.),'Objectives of the code')]/following::textarea[1]")));
        objectives.sendKeys("Fewer complaints about late parcels");
        click(By.xpath("//button[normalize-space(.)='Complete']"));

        wait.until(d -> tasks.createTaskQuery().processInstanceBusinessKey(key).taskNameLike("Draft promises%")
                .count() == 1);
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(key)
                .taskNameLike("Set objectives%").finished().singleResult();
        assertThat(done.getAssignee()).isEqualTo("mary");
        assertThat(history.createHistoricVariableInstanceQuery().variableName("objectives")
                .processInstanceIdIn(done.getProcessInstanceId()).singleResult().getValue())
                .isEqualTo("Fewer complaints about late parcels");
        passed = true;
    }

    /**
     * form-js keeps an empty error entry for every edited field of a dynamic list, which Tasklist 7.24
     * reads as an invalid form; our Tasklist script (form-validity.js) must keep Complete usable.
     */
    @Test
    void maryAddsAPromiseToTheDynamicListOfTheDraftFormAndCompletesIt() {
        TasklistSession mary = new TasklistSession(port, "mary");
        mary.submitStartForm(Map.of(
                "codeKey", key, "title", "Browser promise", "organization", "Browser Ltd",
                "scope", "Online orders", "reviewIntervalMonths", 12, "stakeholders", List.of("STAFF")));
        mary.claimAndSubmit("Code managers", key, "Set objectives", Map.of("objectives", "On-time parcels"));

        openTask("mary", "Code managers", "Draft promises");
        click(By.xpath("(//button[contains(@class,'fjs-repeat-render-add')])[1]"));
        click(By.xpath("//label[starts-with(normalize-space(.),'Category')]/following::input[1]/.."));
        click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='Delivery']"));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//label[starts-with(normalize-space(.),'Promise')]/following::textarea[1]")))
                .sendKeys("Parcels leave our warehouse the day you order");
        click(By.xpath("//button[normalize-space(.)='Complete']"));

        wait.until(d -> tasks.createTaskQuery().processInstanceBusinessKey(key).taskNameLike("Give feedback%")
                .count() == 1);
        var draft = new TasklistSession(port, "mary").rest().get("/api/codes/" + key + "/versions/1").json();
        assertThat(draft.get("promises").get(0).get("text").asText())
                .isEqualTo("Parcels leave our warehouse the day you order");
        assertThat(draft.get("promises").get(0).get("category").asText()).isEqualTo("DELIVERY");
        passed = true;
    }

    private void openTask(String user, String filter, String taskNameStart) {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        logIn(user);
        click(By.xpath("//*[contains(@class,'task-filters')]//*[normalize-space(text())='" + filter + "']"));
        click(By.xpath("//*[contains(@class,'tasks-list')]//*[starts-with(normalize-space(text()),'" + taskNameStart
                + "') and contains(text(),'" + key + "')]"));
        By claim = By.xpath("//*[contains(@class,'task-details')]//button[normalize-space(.)='Claim']"
                + " | //*[contains(@class,'task-details')]//a[normalize-space(.)='Claim']");
        click(claim);
        // Tasklist renders the form anew once the claim is through; what is typed before that is lost.
        wait.until(ExpectedConditions.invisibilityOfElementLocated(claim));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".disabled-form"), 0));
        By form = By.cssSelector(".fjs-container .fjs-form");
        WebElement before = wait.until(ExpectedConditions.presenceOfElementLocated(form));
        try {
            new WebDriverWait(browser, Duration.ofSeconds(3)).until(ExpectedConditions.stalenessOf(before));
        } catch (TimeoutException notRenderedAgain) {
            // The form stayed as it was: nothing to wait for.
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(form));
    }

    private void logIn(String user) {
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[ng-model='username'], #inputUsername")));
        name.sendKeys(user);
        browser.findElement(By.cssSelector("input[type='password']")).sendKeys(user);
        browser.findElement(By.cssSelector("button[type='submit']")).click();
    }

    /** Scrolls first: Tasklist's fixed footer covers the buttons at the bottom of a long form. */
    private void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }
}
