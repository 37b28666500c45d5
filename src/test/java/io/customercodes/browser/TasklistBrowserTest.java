package io.customercodes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import io.customercodes.web.HttpTest;
import io.customercodes.web.TasklistSession;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A code manager, not an administrator, does the first tasks of a new code in Tasklist in a real browser. */
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

    @Autowired
    ProcessScenario scenario;

    final String key = ProcessScenario.uniqueKey("BROWSER");
    TasklistInBrowser tasklist;
    boolean passed;

    @BeforeEach
    void start() {
        TestUsers.create(identity);
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
    void maryOpensHerTaskFromTheCodeManagersFilterAndCompletesItsForm() {
        new TasklistSession(port, "mary").submitStartForm(Map.of(
                "codeKey", key, "title", "Browser promise", "organization", "Browser Ltd",
                "scope", "Online orders", "reviewIntervalMonths", 12, "stakeholders", List.of("STAFF")));

        tasklist.openTask("mary", "Code managers", "Set objectives", key);
        tasklist.type("Objectives of the code", "Fewer complaints about late parcels");
        tasklist.complete();

        tasklist.wait.until(d -> tasks.createTaskQuery().processInstanceBusinessKey(key)
                .taskNameLike("Draft promises%").count() == 1);
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(key)
                .taskNameLike("Set objectives%").finished().singleResult();
        assertThat(done.getAssignee()).isEqualTo("mary");
        assertThat(scenario.versions(key).get(0).getObjectives()).isEqualTo("Fewer complaints about late parcels");
        passed = true;
    }

    /**
     * form-js keeps an empty error entry for every edited field of a dynamic list, which Tasklist 7.24
     * reads as an invalid form; our Tasklist script (camunda-forms.js) must keep Complete usable.
     */
    @Test
    void maryAddsAPromiseToTheDynamicListOfTheDraftFormAndCompletesIt() {
        TasklistSession mary = new TasklistSession(port, "mary");
        mary.submitStartForm(Map.of(
                "codeKey", key, "title", "Browser promise", "organization", "Browser Ltd",
                "scope", "Online orders", "reviewIntervalMonths", 12, "stakeholders", List.of("STAFF")));
        mary.claimAndSubmit("Code managers", key, "Set objectives", Map.of("objectives", "On-time parcels"));

        tasklist.openTask("mary", "Code managers", "Draft promises", key);
        tasklist.click(By.xpath("(//button[contains(@class,'fjs-repeat-render-add')])[1]"));
        tasklist.choose("Category", "Delivery");
        tasklist.type("Promise", "Parcels leave our warehouse the day you order");
        tasklist.complete();

        tasklist.wait.until(d -> tasks.createTaskQuery().processInstanceBusinessKey(key)
                .taskNameLike("Give feedback%").count() == 1);
        var draft = mary.rest().get("/api/codes/" + key + "/versions/1").json();
        assertThat(draft.get("promises").get(0).get("text").asText())
                .isEqualTo("Parcels leave our warehouse the day you order");
        assertThat(draft.get("promises").get(0).get("category").asText()).isEqualTo("DELIVERY");
        passed = true;
    }
}
