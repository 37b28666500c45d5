package io.customercodes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Mary types her draft into Tasklist at a person's pace and at once, moving straight from one field to the
 * next, and completes with one click: every character she typed is in the saved version. form-js commits a
 * number a second time 300 ms after leaving it; that late commit used to re-render the form and wipe what
 * was typed meanwhile into the next field ("PROC TEXT" became "TEXT").
 */
@HttpTest
class DraftTypingBrowserTest {

    static final int PROMISES = 1;
    static final int PROVISIONS = 2;
    static final int INDICATORS = 3;
    static final int TEAMS = 4;

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    TaskService tasks;

    final String key = ProcessScenario.uniqueKey("TYPED");
    TasklistSession mary;
    TasklistInBrowser tasklist;
    boolean passed;

    @BeforeEach
    void draftTaskForMary() {
        TestUsers.create(identity);
        mary = new TasklistSession(port, "mary");
        mary.submitStartForm(Map.of(
                "codeKey", key, "title", "Typed promise", "organization", "Typed Ltd",
                "scope", "Online orders", "reviewIntervalMonths", 12, "stakeholders", List.of("STAFF")));
        mary.claimAndSubmit("Code managers", key, "Set objectives", Map.of("objectives", "On-time parcels"));
        tasklist = new TasklistInBrowser(port);
        tasklist.openTask("mary", "Code managers", "Draft promises", key);
    }

    @AfterEach
    void stop(TestInfo test) throws Exception {
        if (tasklist != null) {
            if (!passed) {
                tasklist.keepEvidence(getClass().getSimpleName() + "-" + test.getDisplayName().replaceAll("\\W+", "_"));
            }
            tasklist.close();
        }
    }

    @Test
    void textTypedRightAfterATargetValueIsKept() {
        Duration human = Duration.ofMillis(150);
        tasklist.addEntry(INDICATORS);
        tasklist.typeAtPace(tasklist.field("Target value", 1), "95", human);
        tasklist.typeAtPace(tasklist.field("Procedures that keep the promises", 1), "PROC TEXT", human);
        TasklistInBrowser.pause(Duration.ofSeconds(1));

        assertThat(tasklist.field("Procedures that keep the promises", 1).getAttribute("value")).isEqualTo("PROC TEXT");
        assertThat(tasklist.field("Target value", 1).getAttribute("value")).isEqualTo("95");
        passed = true;
    }

    @ParameterizedTest(name = "{0} ms a key")
    @ValueSource(ints = {150, 0})
    void everyCharacterTypedIntoEveryKindOfFieldIsSaved(int millisPerKey) {
        Duration pace = Duration.ofMillis(millisPerKey);
        tasklist.addEntry(PROMISES);
        tasklist.addEntry(PROVISIONS);
        tasklist.addEntry(INDICATORS);
        tasklist.addEntry(TEAMS);

        tasklist.choose("Category", "Delivery");
        tasklist.typeAtPace(tasklist.field("Promise", 1), "Parcels leave us the day you order", pace);
        tasklist.choose("Type", "Remedy");
        tasklist.typeAtPace(tasklist.field("Provision", 1), "Late parcels ship free", pace);
        tasklist.typeAtPace(tasklist.field("Applies to promise no.", 1), "1", pace);
        tasklist.typeAtPace(tasklist.field("Indicator", 1), "Orders sent same day", pace);
        tasklist.typeAtPace(tasklist.field("For promise no.", 1), "1", pace);
        tasklist.choose("Target is", "at least");
        tasklist.typeAtPace(tasklist.field("Target value", 1), "95.5", pace);
        tasklist.typeAtPace(tasklist.field("Unit", 1), "% of orders", pace);
        tasklist.typeAtPace(tasklist.field("We respond to a complaint within (working days)", 1),
                Keys.BACK_SPACE + "" + Keys.BACK_SPACE + "15", pace);
        tasklist.typeAtPace(tasklist.field("Procedures that keep the promises", 1), "PROC TEXT daily report", pace);
        tasklist.typeAtPace(tasklist.field("Communication plan (internal and external)", 1), "Footer link", pace);
        tasklist.typeAtPace(tasklist.field("Resources", 1), "Two agents", pace);
        tasklist.typeAtPace(tasklist.field("Team", 1), "Warehouse", pace);
        tasklist.clickOnce("Complete");

        tasklist.wait.until(d -> tasks.createTaskQuery().processInstanceBusinessKey(key)
                .taskNameLike("Give feedback%").count() == 1);
        JsonNode draft = mary.rest().get("/api/codes/" + key + "/versions/1").json();
        assertThat(draft.get("promises").get(0).get("category").asText()).isEqualTo("DELIVERY");
        assertThat(draft.get("promises").get(0).get("text").asText()).isEqualTo("Parcels leave us the day you order");
        JsonNode provision = draft.get("provisions").get(0);
        assertThat(provision.get("type").asText()).isEqualTo("REMEDY");
        assertThat(provision.get("text").asText()).isEqualTo("Late parcels ship free");
        assertThat(provision.get("promiseNumber").asInt()).isEqualTo(1);
        JsonNode indicator = draft.get("indicators").get(0);
        assertThat(indicator.get("name").asText()).isEqualTo("Orders sent same day");
        assertThat(indicator.get("promiseNumber").asInt()).isEqualTo(1);
        assertThat(indicator.get("comparison").asText()).isEqualTo("AT_LEAST");
        assertThat(indicator.get("targetValue").decimalValue()).isEqualByComparingTo("95.5");
        assertThat(indicator.get("unit").asText()).isEqualTo("% of orders");
        assertThat(draft.get("complaintResponseDays").asInt()).isEqualTo(15);
        assertThat(draft.get("procedures").asText()).isEqualTo("PROC TEXT daily report");
        assertThat(draft.get("communicationPlan").asText()).isEqualTo("Footer link");
        assertThat(draft.get("resources").asText()).isEqualTo("Two agents");
        assertThat(draft.get("teams")).extracting(JsonNode::asText).containsExactly("Warehouse");
        passed = true;
    }
}
