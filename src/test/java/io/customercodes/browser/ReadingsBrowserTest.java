package io.customercodes.browser;

import static io.customercodes.ProcessScenario.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import io.customercodes.system.FormValues;
import io.customercodes.web.HttpTest;
import io.customercodes.web.TasklistSession;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Recording indicator readings in Tasklist: one click on Start or Complete, straight after the last key,
 * does it; a cleared reading leaves Complete usable, and a disabled Complete names the field to correct.
 */
@HttpTest
class ReadingsBrowserTest {

    static final Duration HUMAN = Duration.ofMillis(150);
    static final String BACKSPACE = Keys.BACK_SPACE.toString();

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ProcessScenario scenario;

    @Autowired
    TaskService tasks;

    final String key = ProcessScenario.uniqueKey("READ");
    TasklistSession mary;
    TasklistInBrowser tasklist;
    boolean passed;

    @BeforeEach
    void publishedCodeWithTwoIndicators() {
        TestUsers.create(identity);
        Map<String, Object> draft = ProcessScenario.draftForm("Delivery within 3 days");
        draft.put("indicators", FormValues.json(List.of(
                form("name", "Orders on time", "promiseNumber", 1L, "comparison", "AT_LEAST", "targetValue", 95L,
                        "unit", "%"),
                form("name", "Refund time", "promiseNumber", 2L, "comparison", "AT_MOST", "targetValue", 5L,
                        "unit", "days"))));
        scenario.startCode(key);
        scenario.publishAndImplement(key, draft);
        mary = new TasklistSession(port, "mary");
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
    void oneClickOnStartRightAfterTypingTheCodeKeyStartsTheReadings() {
        tasklist.openLoginPage();
        tasklist.logIn("mary", "mary");
        tasklist.startProcess("Record indicator readings");
        tasklist.typeAtPace(tasklist.field("Code key", 1), key, HUMAN);
        tasklist.clickOnce("Start");

        tasklist.wait.until(d -> tasks.createTaskQuery().processInstanceBusinessKey(key)
                .taskDefinitionKey("Task_RecordReadings").count() == 1);
        passed = true;
    }

    @Test
    void oneClickOnCompleteRightAfterTypingTheLastFieldRecordsTheReadings() {
        openReadingsTask();
        tasklist.typeAtPace(tasklist.field("New reading", 1), "97.5", HUMAN);
        tasklist.typeAtPace(tasklist.field("New reading", 2), "4.5", HUMAN);
        tasklist.typeAtPace(tasklist.field("Note", 1), "Quarterly figures", HUMAN);
        tasklist.clickOnce("Complete");

        tasklist.wait.until(d -> latest(2) != null);
        assertThat(latest(1).decimalValue()).isEqualByComparingTo("97.5");
        assertThat(latest(2).decimalValue()).isEqualByComparingTo("4.5");
        passed = true;
    }

    @Test
    void aClearedReadingLeavesCompleteUsableAndADisabledCompleteNamesTheFieldToCorrect() {
        openReadingsTask();
        tasklist.typeAtPace(tasklist.field("New reading", 1), "97", HUMAN);
        tasklist.typeAtPace(tasklist.field("New reading", 1), BACKSPACE + BACKSPACE, HUMAN);
        TasklistInBrowser.pause(Duration.ofSeconds(1));
        assertThat(tasklist.enabled("Complete")).as("Complete after clearing a reading").isTrue();
        assertThat(tasklist.whyDisabled()).isEmpty();

        tasklist.typeAtPace(tasklist.field("New reading", 2), "2000000000", HUMAN);
        assertThat(tasklist.enabled("Complete")).as("Complete with a reading over the limit").isFalse();
        assertThat(tasklist.whyDisabled()).contains("New reading (Indicators no. 2)");

        tasklist.typeAtPace(tasklist.field("New reading", 2), BACKSPACE.repeat(10) + "4.5", HUMAN);
        assertThat(tasklist.whyDisabled()).isEmpty();
        tasklist.clickOnce("Complete");

        tasklist.wait.until(d -> latest(2) != null);
        assertThat(latest(2).decimalValue()).isEqualByComparingTo("4.5");
        assertThat(latest(1)).as("the cleared reading records nothing").isNull();
        passed = true;
    }

    private void openReadingsTask() {
        mary.submitStartForm("indicatorReadings", Map.of("codeKey", key));
        tasklist.openTask("mary", "Code managers", "Record indicator readings", key);
    }

    /** The latest reading of the code's nth indicator, or null. */
    private JsonNode latest(int nth) {
        JsonNode value = mary.rest().get("/api/codes/" + key + "/indicators").json().get(nth - 1).get("latestValue");
        return value == null || value.isNull() ? null : value;
    }
}
