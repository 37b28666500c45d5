package io.customercodes.browser;

import static io.customercodes.ModelCodes.modelDraftForm;
import static io.customercodes.ModelCodes.modelStartForm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import io.customercodes.version.Promise;
import io.customercodes.web.EngineRestClient;
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
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The codeLifecycle start form offers the published model codes to choose from: mary searches, picks one and
 * starts; the first draft is a copy of the model. A model code without a published version is not offered.
 */
@HttpTest
class ModelChoiceBrowserTest {

    static final Duration HUMAN = Duration.ofMillis(100);

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ProcessScenario scenario;

    final String model = ProcessScenario.uniqueKey("CHOSENMODEL");
    final String draftModel = ProcessScenario.uniqueKey("CHOSENDRAFT");
    final String key = ProcessScenario.uniqueKey("CHOOSER");
    TasklistInBrowser tasklist;
    boolean passed;

    @BeforeEach
    void sponsorPublishesAModelAndDraftsAnother() {
        TestUsers.create(identity);
        scenario.startAs("sara", "codeLifecycle", modelStartForm(model));
        scenario.developUntilApproval("sara", model, modelDraftForm());
        scenario.approve(model);
        scenario.implement("sara", model);
        scenario.startAs("sara", "codeLifecycle", modelStartForm(draftModel));
        tasklist = new TasklistInBrowser(port);
    }

    @AfterEach
    void stop(TestInfo test) throws Exception {
        if (tasklist != null) {
            if (!passed) {
                tasklist.keepEvidence(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
            }
            tasklist.close();
        }
    }

    @Test
    void maryPicksAPublishedModelCodeFromTheListAndHerFirstDraftCopiesIt() {
        tasklist.openLoginPage();
        tasklist.logIn("mary", "mary");
        tasklist.startProcess("Code lifecycle");
        tasklist.typeAtPace(tasklist.field("Code key", 1), key, HUMAN);
        tasklist.typeAtPace(tasklist.field("Title", 1), "Chooser shop promise", HUMAN);
        tasklist.typeAtPace(tasklist.field("Organization", 1), "Chooser Shop Ltd", HUMAN);
        tasklist.typeAtPace(tasklist.field("Scope", 1), "Online orders", HUMAN);
        tasklist.pickRadio("Staff");

        WebElement search = tasklist.field("Start from model code (optional)", 1);
        tasklist.typeAtPace(search, "CHOSEN", HUMAN);
        List<String> offered = tasklist.wait.until(d -> {
            List<String> items = d.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                    .map(WebElement::getText).toList();
            return items.isEmpty() ? null : items;
        });
        assertThat(offered).as("options for CHOSEN").contains("Model code " + model + " (" + model + ")")
                .noneMatch(option -> option.contains(draftModel));
        tasklist.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='Model code "
                + model + " (" + model + ")']"));
        tasklist.clickOnce("Start");

        tasklist.wait.until(d -> scenario.openTasks(key, "Task_SetObjectives").size() == 1);
        EngineRestClient asMary = new EngineRestClient(port, "mary");
        JsonNode first = asMary.get("/api/codes/" + key + "/versions/1").json();
        assertThat(first.get("basedOn").get("codeKey").asText()).isEqualTo(model);
        assertThat(first.get("promises").findValuesAsText("text")).hasSize(3).containsExactlyElementsOf(
                scenario.versions(model).get(0).getPromises().stream().map(Promise::getText).toList());
        assertThat(asMary.get("/api/codes/" + key).json().get("modelCodeKey").asText()).isEqualTo(model);
        passed = true;
    }

    @Test
    void whenTheListCannotBeLoadedTheFormSaysSoBesideStartAndStillStartsACodeWithoutModel() {
        tasklist.openLoginPage();
        tasklist.logIn("mary", "mary");
        ((JavascriptExecutor) tasklist.browser).executeScript("""
                const original = window.fetch;
                window.fetch = (url, options) => String(url).includes('/manage/model-codes')
                    ? Promise.resolve(new Response('', {status: 503})) : original(url, options);
                """);
        tasklist.startProcess("Code lifecycle");
        String notice = tasklist.wait.until(d -> d.findElements(By.cssSelector(".modal-footer .cc-form-data-failed"))
                .stream().map(WebElement::getText).filter(text -> !text.isEmpty()).findFirst().orElse(null));
        assertThat(notice).startsWith("Start from model code (optional): the published model codes could not be"
                + " loaded (the server answered 503)");

        tasklist.typeAtPace(tasklist.field("Code key", 1), key, HUMAN);
        tasklist.typeAtPace(tasklist.field("Title", 1), "Shop without a model", HUMAN);
        tasklist.typeAtPace(tasklist.field("Organization", 1), "Chooser Shop Ltd", HUMAN);
        tasklist.typeAtPace(tasklist.field("Scope", 1), "Online orders", HUMAN);
        tasklist.pickRadio("Staff");
        tasklist.clickOnce("Start");

        tasklist.wait.until(d -> scenario.openTasks(key, "Task_SetObjectives").size() == 1);
        assertThat(new EngineRestClient(port, "mary").get("/api/codes/" + key).json().get("modelCodeKey").isNull())
                .isTrue();
        passed = true;
    }

    @Test
    void theChoiceListsThePublishedModelCodesToSignedInUsersOnly() {
        JsonNode offered = new EngineRestClient(port, "mary").get("/manage/model-codes").json();
        assertThat(offered.findValuesAsText("key")).contains(model).doesNotContain(draftModel, key);
        JsonNode entry = null;
        for (JsonNode code : offered) {
            entry = model.equals(code.get("key").asText()) ? code : entry;
        }
        assertThat(entry.get("title").asText()).isEqualTo("Model code " + model);
        assertThat(entry.get("organization").asText()).isEqualTo("Retail Trade Association");
        assertThat(new EngineRestClient(port, null).get("/manage/model-codes").status()).isEqualTo(401);
        passed = true;
    }
}
