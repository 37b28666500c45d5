package io.customercodes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import io.customercodes.web.HttpTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * mary starts a code in Tasklist with a key in the wrong form and then with a key already taken: both times
 * she reads what is wrong and what to do, in words, without a regular expression or an engine id.
 */
@HttpTest
class TasklistMessagesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ProcessScenario scenario;

    @Autowired
    RuntimeService runtime;

    final String taken = ProcessScenario.uniqueKey("TAKEN");
    TasklistInBrowser tasklist;
    boolean passed;

    @BeforeEach
    void start() {
        TestUsers.create(identity);
        scenario.startCode(taken);
        tasklist = new TasklistInBrowser(port);
    }

    @AfterEach
    void stop(TestInfo test) throws Exception {
        if (tasklist != null) {
            if (!passed) {
                tasklist.keepEvidence(test.getTestMethod().orElseThrow().getName());
            }
            tasklist.close();
        }
    }

    @Test
    void aKeyInTheWrongFormAndATakenKeyAreExplainedInWords() {
        tasklist.openLoginPage();
        tasklist.logIn("mary", "mary");
        tasklist.click(By.xpath("//a[contains(normalize-space(.),'Start process')]"));
        tasklist.click(By.xpath("//*[contains(@class,'modal')]//a[normalize-space(.)='Code lifecycle']"));
        tasklist.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-container .fjs-form")));

        tasklist.type("Code key", "my shop");
        tasklist.type("Title", "Our promise");
        By keyError = By.xpath("//label[normalize-space(translate(., '*', ''))='Code key']"
                + "/ancestor::*[contains(@class,'fjs-form-field')][1]//*[contains(@class,'fjs-form-field-error')]");
        tasklist.wait.until(ExpectedConditions.textToBePresentInElementLocated(keyError, "Not in the expected form"));
        assertThat(tasklist.browser.findElement(keyError).getText()).isEqualTo("Not in the expected form. Capital"
                + " letters, digits and hyphens, e.g. MY-SHOP; the code keeps it for good.").doesNotContain("^");

        tasklist.browser.findElement(By.xpath("//label[normalize-space(translate(., '*', ''))='Code key']"
                + "/following::input[1]")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        tasklist.type("Code key", taken);
        tasklist.type("Organization", "Shop Ltd");
        tasklist.type("Scope", "Everything we sell");
        tasklist.click(By.xpath("//label[normalize-space(.)='Staff']"));
        long lifecycles = runtime.createProcessInstanceQuery().processDefinitionKey("codeLifecycle").count();
        tasklist.click(By.xpath("//*[contains(@class,'modal')]//button[normalize-space(.)='Start']"));

        tasklist.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "already exists — choose another key"));
        String shown = tasklist.browser.findElement(By.tagName("body")).getText();
        assertThat(shown).contains("Code key: a code with key " + taken + " already exists — choose another key")
                .doesNotContain("Cannot instantiate").doesNotContain("codeLifecycle:")
                .doesNotContain("Field must match pattern");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("codeLifecycle").count())
                .isEqualTo(lifecycles);
        passed = true;
    }
}
