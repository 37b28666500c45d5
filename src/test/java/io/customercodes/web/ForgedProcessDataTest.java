package io.customercodes.web;

import static io.customercodes.ProcessScenario.draftForm;
import static io.customercodes.ProcessScenario.form;
import static io.customercodes.ProcessScenario.objectivesForm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import io.customercodes.code.InterestedParty;
import io.customercodes.consultation.ConsultationFeedback;
import io.customercodes.consultation.ConsultationFeedbackRepository;
import io.customercodes.version.CodeVersion;
import io.customercodes.version.VersionState;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A stakeholder works on his own feedback task and nothing else: he cannot rewrite the ids the process
 * carries, rename or regroup his task, and whatever he sends along with his answer, the answer lands on
 * the version and the party the consultation asked, and later steps touch only that code.
 */
@HttpTest
class ForgedProcessDataTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ProcessScenario scenario;

    @Autowired
    ConsultationFeedbackRepository feedback;

    final String own = ProcessScenario.uniqueKey("OWN");
    final String other = ProcessScenario.uniqueKey("OTHER");

    @BeforeEach
    void twoCodesInConsultation() {
        TestUsers.create(identity);
        for (String[] codeAndParty : new String[][] {{own, "CONSUMER_ORGANIZATIONS"}, {other, "STAFF"}}) {
            scenario.startCode(codeAndParty[0], codeAndParty[1]);
            scenario.complete("mary", codeAndParty[0], "Task_SetObjectives", objectivesForm());
            scenario.complete("mary", codeAndParty[0], "Task_DraftCode", draftForm("Delivery in 3 days"));
        }
    }

    @Test
    void aStakeholderCannotRewriteTheVariablesRenameOrRegroupHisOwnTask() {
        EngineRestClient sam = new EngineRestClient(port, "sam");
        String task = claimedFeedbackTask();

        assertThat(sam.put("/engine-rest/task/" + task + "/variables/versionId", longValue(otherVersion().getId()))
                .status()).as("write versionId").isEqualTo(403);
        assertThat(sam.put("/engine-rest/task/" + task + "/localVariables/stakeholder", stringValue("STAFF"))
                .status()).as("write stakeholder").isEqualTo(403);
        assertThat(sam.put("/engine-rest/task/" + task, EngineRestClient.object().put("name", "Approve code"))
                .status()).as("rename").isEqualTo(403);
        assertThat(sam.post("/engine-rest/task/" + task + "/identity-links", EngineRestClient.object()
                .put("groupId", "code-managers").put("type", "candidate")).status()).as("add candidate group")
                .isEqualTo(403);

        var stored = sam.get("/engine-rest/task/" + task).json();
        assertThat(stored.get("name").asText()).startsWith("Give feedback on draft code").endsWith(own);
        assertThat(scenario.versions(own).get(0).getState()).isEqualTo(VersionState.IN_CONSULTATION);
    }

    @Test
    void aCodeManagerCannotStartALifecycleAtAChosenActivity() {
        String key = ProcessScenario.uniqueKey("SKIP");
        ObjectNode body = EngineRestClient.object().put("businessKey", key);
        body.putArray("startInstructions").addObject().put("type", "startBeforeActivity")
                .put("activityId", "ServiceTask_ScheduleReview");
        EngineRestClient.Response started = new EngineRestClient(port, "mary")
                .post("/engine-rest/process-definition/key/codeLifecycle/start", body);

        assertThat(started.status()).as("start at Schedule next review: %s", started.body()).isEqualTo(403);
        assertThat(started.body()).contains("start it through its start form");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count())
                .isZero();
    }

    @Test
    void feedbackCompletedWithForgedIdsLandsOnTheStakeholdersOwnCodeAndParty() {
        EngineRestClient sam = new EngineRestClient(port, "sam");
        String task = claimedFeedbackTask();
        ObjectNode variables = EngineRestClient.object();
        variables.set("consultationPosition", stringValue("OBJECT"));
        variables.set("feedbackComments", stringValue("Three days is too slow"));
        variables.set("versionId", longValue(otherVersion().getId()));
        variables.set("stakeholder", stringValue("STAFF"));
        variables.set("codeKey", stringValue(other));
        ObjectNode body = EngineRestClient.object();
        body.set("variables", variables);

        EngineRestClient.Response completed = sam.post("/engine-rest/task/" + task + "/complete", body);

        assertThat(feedback.findByVersionIdOrderByRoundAscIdAsc(otherVersion().getId()))
                .as("feedback on the other code").isEmpty();
        if (completed.status() == 204) {
            List<ConsultationFeedback> given = feedback.findByVersionIdOrderByRoundAscIdAsc(ownVersion().getId());
            assertThat(given).singleElement().satisfies(f -> {
                assertThat(f.getParty()).isEqualTo(InterestedParty.CONSUMER_ORGANIZATIONS);
                assertThat(f.getGivenBy()).isEqualTo("sam");
                assertThat(f.getComments()).isEqualTo("Three days is too slow");
            });
        } else {
            assertThat(completed.status()).as("a refused write: %s", completed.body()).isBetween(400, 499);
        }
    }

    @Test
    void aRevisionAfterForgedFeedbackReturnsOnlyItsOwnVersionToDraft() {
        EngineRestClient sam = new EngineRestClient(port, "sam");
        String task = claimedFeedbackTask();
        ObjectNode variables = EngineRestClient.object();
        variables.set("consultationPosition", stringValue("SUPPORT"));
        variables.set("versionId", longValue(otherVersion().getId()));
        ObjectNode body = EngineRestClient.object();
        body.set("variables", variables);
        sam.post("/engine-rest/task/" + task + "/complete", body);

        if (scenario.openTasks(own, "Task_ConsolidateFeedback").isEmpty()) {
            // The forged completion was refused: sam answers again, properly.
            sam.post("/engine-rest/task/" + task + "/complete", "{\"variables\":{\"consultationPosition\":"
                    + "{\"value\":\"SUPPORT\"}}}");
        }
        scenario.complete("mary", own, "Task_ConsolidateFeedback", form("consultationOutcome", "REVISE",
                "consolidationNotes", "Make it two days"));

        assertThat(ownVersion().getState()).isEqualTo(VersionState.DRAFT);
        assertThat(otherVersion().getState()).isEqualTo(VersionState.IN_CONSULTATION);
        assertThat(scenario.openTasks(own, "Task_DraftCode")).hasSize(1);
    }

    private String claimedFeedbackTask() {
        String task = scenario.task(own, "Task_GiveFeedback").getId();
        new TasklistSession(port, "sam").claim(task);
        return task;
    }

    private CodeVersion ownVersion() {
        return scenario.versions(own).get(0);
    }

    private CodeVersion otherVersion() {
        return scenario.versions(other).get(0);
    }

    private static ObjectNode longValue(long value) {
        return EngineRestClient.object().put("value", value).put("type", "Long");
    }

    private static ObjectNode stringValue(String value) {
        return EngineRestClient.object().put("value", value).put("type", "String");
    }
}
