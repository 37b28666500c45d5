package io.customercodes.web;

import static io.customercodes.ProcessScenario.ALL_PRINCIPLES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Through the REST calls Tasklist makes: compliance is shown what the draft lacks and cannot pass it without
 * saying why; top management's approval form then holds the feedback, the verdict with that justification and
 * what changes.
 */
@HttpTest
class DecisionContextRestWalkTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    final String key = ProcessScenario.uniqueKey("CONTEXT");

    @BeforeEach
    void users() {
        TestUsers.create(identity);
    }

    TasklistSession as(String user) {
        return new TasklistSession(port, user);
    }

    JsonNode formVariables(String user, String taskId) {
        return as(user).rest().get("/engine-rest/task/" + taskId + "/form-variables").json();
    }

    @Test
    void gapsAreShownRefusedWithoutAReasonAndTheReasonReachesTopManagement() {
        new CodeWalk(this::as, key).start(12);
        as("mary").claimAndSubmit("Code managers", key, "Set objectives", Map.of("objectives", "Fewer complaints"));
        as("mary").claimAndSubmit("Code managers", key, "Draft promises", Map.of(
                "promises", List.of(Map.of("category", "DELIVERY", "text", CodeWalk.PROMISE)),
                "provisions", List.of(Map.of("type", "REMEDY", "text", "We refund the postage", "promiseNumber", 1)),
                "indicators", List.of(Map.of("name", "Parcels on time", "promiseNumber", 1,
                        "comparison", "AT_LEAST", "targetValue", 97, "unit", "%")),
                "procedures", "Daily report", "communicationPlan", "Footer link", "resources", "One agent"));
        as("sam").claimAndSubmit("Stakeholders", key, "Give feedback", Map.of(
                "consultationPosition", "OBJECT", "feedbackComments", "No way to complain is named"));
        as("sam").claimAndSubmit("Stakeholders", key, "Give feedback", Map.of("consultationPosition", "SUPPORT"));
        as("mary").claimAndSubmit("Code managers", key, "Consolidate feedback", Map.of(
                "consultationOutcome", "PROCEED", "consolidationNotes", "The shop's terms name the channel"));

        String check = as("carla").findTask("Compliance", key, "Check code");
        JsonNode shown = formVariables("carla", check);
        assertThat(shown.get("accuracyGaps").get("value").asText())
                .contains("**Accessibility**: no complaint channel")
                .contains("**Responsiveness**: no dispute-resolution body")
                .contains("**Accountability**: no responsibility provision")
                .contains("**Continual improvement**: nothing missing");
        assertThat(shown.get("gapCount").get("value").asLong()).isEqualTo(3);
        JsonNode justification = StreamSupport.stream(as("carla").rest()
                        .get("/engine-rest/task/" + check + "/deployed-form").json().get("components").spliterator(),
                false).filter(c -> "gapJustification".equals(c.path("key").asText())).findFirst().orElseThrow();
        assertThat(justification.path("validate").path("required").asBoolean()).isTrue();
        assertThat(justification.path("conditional").path("hide").asText()).contains("gapCount = 0");

        as("carla").claim(check);
        EngineRestClient.Response refused = as("carla").submitTaskForm(check, Map.of(
                "principlesMet", ALL_PRINCIPLES, "accuracyDecision", "ACCURATE"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("field").asText()).isEqualTo("gapJustification");
        assertThat(refused.json().path("message").asText()).contains("the draft lacks 3 things");
        assertThat(as("carla").findTask("Compliance", key, "Check code")).as("still open").isEqualTo(check);

        EngineRestClient.Response passed = as("carla").submitTaskForm(check, Map.of(
                "principlesMet", ALL_PRINCIPLES, "accuracyDecision", "ACCURATE",
                "gapJustification", "The shop's terms, linked from the code, name the channel, the ADR body and "
                        + "the manager in charge"));
        assertThat(passed.status()).as(passed.body()).isEqualTo(204);

        String approval = as("tom").findTask("Top management", key, "Approve code");
        JsonNode approvalForm = formVariables("tom", approval);
        assertThat(approvalForm.get("consultationRecord").get("value").asText())
                .contains("**Round 1 (latest)**").contains("Object, sam").contains("> No way to complain is named")
                .contains("> The shop's terms name the channel");
        assertThat(approvalForm.get("accuracyVerdict").get("value").asText())
                .contains("**Accurate and not misleading**, checked by carla")
                .contains("Accessibility: no complaint channel")
                .contains("Justification: The shop's terms, linked from the code");
        assertThat(approvalForm.get("versionChanges").get("value").asText()).contains("A first version");
        as("tom").claim(approval);
        for (String shownOnly : List.of("consultationRecord", "accuracyVerdict", "versionChanges")) {
            ObjectNode body = EngineRestClient.object();
            ObjectNode variables = body.putObject("variables");
            variables.putObject("approvalDecision").put("value", "APPROVED");
            variables.putObject(shownOnly).put("value", "forged");
            EngineRestClient.Response forged = as("tom").rest().post("/engine-rest/task/" + approval + "/submit-form",
                    body);
            assertThat(forged.status()).as(shownOnly).isEqualTo(400);
            assertThat(forged.json().path("field").asText()).isEqualTo(shownOnly);
            assertThat(forged.json().path("message").asText()).endsWith("is not a field of this form");
        }
        assertThat(formVariables("tom", approval).get("accuracyVerdict").get("value").asText())
                .contains("Justification: The shop's terms");

        JsonNode accuracy = StreamSupport.stream(as("tom").rest().get("/api/codes/" + key + "/audit").json()
                .spliterator(), false).filter(d -> "ACCURACY".equals(d.get("kind").asText())).findFirst()
                .orElseThrow();
        assertThat(accuracy.get("actor").asText()).isEqualTo("carla");
        assertThat(accuracy.get("comment").asText()).contains("Justification: The shop's terms");
    }
}
