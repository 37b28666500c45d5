package io.customercodes.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Text over the 4,000 characters of Camunda's variable column, typed into every form of a code's development
 * through Tasklist's REST calls, with three rounds of consultation whose summaries grow past it too: nothing
 * fails, everything is stored whole and shown back whole.
 */
@HttpTest
class LongTextRestWalkTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    final String key = ProcessScenario.uniqueKey("LONG");

    @BeforeEach
    void users() {
        TestUsers.create(identity);
    }

    TasklistSession as(String user) {
        return new TasklistSession(port, user);
    }

    static String text(String word, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(word).append(' ').append(text.length()).append(". ");
        }
        return text.substring(0, length - 1) + "."; // stored text is stripped of trailing blanks
    }

    @Test
    void textBeyondTheVariableColumnIsStoredWholeAndShownBackWhole() {
        String scope = text("Scope", 6_000);
        String objectives = text("Objective", 15_000);
        String firstPromise = text("Parcels", 2_500);
        String secondPromise = text("Refunds", 2_500);
        String procedures = text("Procedure", 20_000);
        assertThat(as("mary").submitStartForm(Map.of("codeKey", key, "title", "Long text", "organization", "Long Ltd",
                "scope", scope, "reviewIntervalMonths", 12,
                "stakeholders", List.of("STAFF", "CONSUMER_ORGANIZATIONS"))).status()).isEqualTo(200);
        as("mary").claimAndSubmit("Code managers", key, "Set objectives", Map.of("objectives", objectives,
                "complaintsAnalysis", text("Complaints", 5_000)));

        for (int round = 1; round <= 3; round++) {
            String draft = as("mary").findTask("Code managers", key, "Draft promises");
            if (round > 1) {
                assertThat(formVariable("mary", draft, "procedures")).as("shown back whole").isEqualTo(procedures);
            }
            as("mary").claim(draft);
            assertThat(as("mary").submitTaskForm(draft, Map.of(
                    "promises", List.of(Map.of("category", "DELIVERY", "text", firstPromise),
                            Map.of("category", "RETURNS", "text", secondPromise)),
                    "procedures", procedures)).status()).isEqualTo(204);

            String feedback = as("sam").findTask("Stakeholders", key, "Give feedback");
            assertThat(formVariable("sam", feedback, "draftSummary")).as("the draft as sam reads it")
                    .contains(firstPromise).contains(secondPromise);
            for (int party = 0; party < 2; party++) {
                as("sam").claimAndSubmit("Stakeholders", key, "Give feedback", Map.of(
                        "consultationPosition", "SUPPORT_WITH_CHANGES",
                        "feedbackComments", text("Round " + round + " party " + party, 5_000)));
            }
            String consolidation = as("mary").findTask("Code managers", key, "Consolidate feedback");
            assertThat(formVariable("mary", consolidation, "feedbackSummary"))
                    .contains(text("Round " + round + " party 1", 5_000));
            as("mary").claim(consolidation);
            assertThat(as("mary").submitTaskForm(consolidation, Map.of(
                    "consultationOutcome", round < 3 ? "REVISE" : "PROCEED",
                    "consolidationNotes", text("Notes " + round, 6_000))).status()).isEqualTo(204);
        }
        as("carla").claimAndSubmit("Compliance", key, "Check code", Map.of(
                "principlesMet", ProcessScenario.ALL_PRINCIPLES, "accuracyDecision", "ACCURATE",
                "accuracyFindings", text("Finding", 9_000), "gapJustification", text("Justification", 7_000)));
        String approval = as("tom").findTask("Top management", key, "Approve code");
        assertThat(formVariable("tom", approval, "consultationRecord")).as("every round's feedback, whole")
                .contains(text("Round 1 party 0", 5_000)).contains(text("Round 3 party 1", 5_000))
                .contains(text("Notes 3", 6_000));
        assertThat(formVariable("tom", approval, "accuracyVerdict")).as("the verdict with the accepted gaps")
                .contains(text("Finding", 9_000)).contains(text("Justification", 7_000));
        as("tom").claimAndSubmit("Top management", key, "Approve code", Map.of(
                "approvalDecision", "CHANGES_REQUESTED", "approvalComment", text("Approval", 12_000)));

        EngineRestClient admin = new EngineRestClient(port, "admin");
        JsonNode version = admin.get("/api/codes/" + key + "/versions/1").json();
        assertThat(version.get("objectives").asText()).isEqualTo(objectives);
        assertThat(version.get("procedures").asText()).isEqualTo(procedures);
        assertThat(version.get("promises").findValuesAsText("text")).containsExactly(firstPromise, secondPromise);
        assertThat(admin.get("/api/codes/" + key).json().get("scope").asText()).isEqualTo(scope);
        List<String> comments = StreamSupport.stream(admin.get("/api/codes/" + key + "/audit").json().spliterator(),
                false).map(d -> d.path("comment").asText()).toList();
        for (String typed : List.of(text("Finding", 9_000), text("Approval", 12_000), text("Notes 3", 6_000),
                text("Justification", 7_000))) {
            assertThat(comments).as("audit trail").anyMatch(comment -> comment.contains(typed));
        }

        String redraft = as("mary").findTask("Code managers", key, "Draft promises");
        assertThat(formVariable("mary", redraft, "draftNotes")).as("what approval asked, in the drafting form")
                .contains(text("Approval", 12_000));
    }

    private String formVariable(String user, String taskId, String name) {
        JsonNode variables = new EngineRestClient(port, user)
                .get("/engine-rest/task/" + taskId + "/form-variables").json();
        assertThat(variables.has(name)).as("form variable %s of %s", name, taskId).isTrue();
        return variables.get(name).get("value").asText();
    }
}
