package io.customercodes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import io.customercodes.system.EngineClock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A complaint taken by phone and handled to its end in Tasklist alone, call by call as Tasklist makes them:
 * the start form, each task found in the handlers' filter, its deployed form and form variables, submit-form.
 */
@HttpTest
class ComplaintRestWalkTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ProcessScenario scenario;

    final String key = ProcessScenario.uniqueKey("CALL");

    TasklistSession as(String user) {
        return new TasklistSession(port, user);
    }

    @BeforeEach
    void publishedCode() {
        TestUsers.create(identity);
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Delivery within 3 days");
    }

    /** From the call to the response: returns the complaint's reference. */
    String takeCallAndRespond() {
        Map<String, Object> call = new HashMap<>();
        call.put("codeKey", key);
        call.put("promiseNumber", 1);
        call.put("whatHappened", "The parcel came eight days late.");
        call.put("remedyWanted", "The delivery charge back");
        call.put("complainantName", "Pat Caller");
        call.put("complainantPhone", "+44 20 7946 0018");
        call.put("consentToStore", true);
        EngineRestClient.Response started = as("hank").submitStartForm("complaintHandling", call);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String reference = started.json().get("businessKey").asText();
        assertThat(reference).startsWith(key + "-" + EngineClock.today().getYear() + "-");

        String assess = as("hank").findTask("Complaint handlers", reference, "Assess complaint");
        JsonNode variables = as("hank").rest().get("/engine-rest/task/" + assess + "/form-variables").json();
        assertThat(variables.get("complaintSummary").get("value").asText()).contains("eight days late")
                .doesNotContain("Pat Caller").doesNotContain("7946");
        as("hank").claim(assess);
        assertThat(as("hank").submitTaskForm(assess, Map.of("severity", "MEDIUM", "scopeDecision", "IN_SCOPE"))
                .status()).isEqualTo(204);
        as("hank").claimAndSubmit("Complaint handlers", reference, "Investigate complaint", Map.of(
                "findings", "The courier's depot was closed", "rootCause", "No fallback courier",
                "remedyOffered", "Delivery charge refunded"));
        as("hank").claimAndSubmit("Complaint handlers", reference, "Respond to complaint", Map.of(
                "responseText", "We are sorry. We refund the delivery charge and have added a fallback courier."));
        return reference;
    }

    String awaitTask(String reference, String name) {
        return await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> as("hank").findTask("Complaint handlers", reference, name), id -> id != null);
    }

    JsonNode complaint(String reference) {
        return as("hank").rest().get("/api/complaints/" + reference).json();
    }

    @Test
    void aPhoneComplaintIsHandledToItsCloseInTasklist() {
        String reference = takeCallAndRespond();
        String answer = awaitTask(reference, "Record complainant's answer");
        as("hank").claim(answer);
        assertThat(as("hank").submitTaskForm(answer, Map.of("complainantAnswer", "ACCEPTS",
                "answerNotes", "Happy with the refund")).status()).isEqualTo(204);
        as("hank").claimAndSubmit("Complaint handlers", reference, "Record remedy delivered",
                Map.of("remedyDelivered", "£4.99 refunded to the card"));

        JsonNode complaint = complaint(reference);
        assertThat(complaint.get("state").asText()).isEqualTo("CLOSED");
        assertThat(complaint.get("outcome").asText()).isEqualTo("RESOLVED");
        assertThat(complaint.get("channel").asText()).isEqualTo("PHONE");
        assertThat(complaint.get("complainantName").asText()).isEqualTo("Pat Caller");
        assertThat(complaint.get("answeredWithinPromisedTime").asBoolean()).isTrue();
    }

    @Test
    void aRejectedResponseIsReferredAndTheOutcomeRecordedInTasklist() {
        String reference = takeCallAndRespond();
        String answer = awaitTask(reference, "Record complainant's answer");
        as("hank").claim(answer);
        as("hank").submitTaskForm(answer, Map.of("complainantAnswer", "REJECTS"));

        String outcome = awaitTask(reference, "Record dispute resolution outcome");
        JsonNode variables = as("hank").rest().get("/engine-rest/task/" + outcome + "/form-variables").json();
        assertThat(variables.get("referralSummary").get("value").asText()).contains("Retail ADR scheme");
        as("hank").claim(outcome);
        EngineRestClient.Response submitted = as("hank").submitTaskForm(outcome, Map.of(
                "referralOutcome", "SETTLEMENT", "referralReasons", "Both sides agreed on a voucher",
                "referralImplementation", "£10 voucher sent"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(204);

        JsonNode complaint = complaint(reference);
        assertThat(complaint.get("state").asText()).isEqualTo("CLOSED");
        assertThat(complaint.get("outcome").asText()).isEqualTo("REFERRED");
        assertThat(complaint.get("referralOutcome").asText()).isEqualTo("SETTLEMENT");
        assertThat(complaint.get("referralDate").asText()).isEqualTo(EngineClock.today().toString());
    }

    @Test
    void aStartFormWithoutConsentIsRefusedNamingTheField() {
        Map<String, Object> call = new HashMap<>();
        call.put("codeKey", key);
        call.put("whatHappened", "Late");
        call.put("complainantName", "Pat Caller");
        call.put("complainantPhone", "+44 20 7946 0018");
        call.put("consentToStore", false);
        EngineRestClient.Response refused = as("hank").submitStartForm("complaintHandling", call);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("consentToStore");
        assertThat(as("hank").rest().get("/api/codes/" + key + "/complaints").json()).isEmpty();
    }

    @Test
    void handlersAndTopManagementSeeTheOverdueComplaintsFilter() {
        for (String user : new String[] {"hank", "tom"}) {
            JsonNode filters = as(user).rest().get("/engine-rest/filter?resourceType=Task").json();
            assertThat(filters.findValuesAsText("name")).as(user).contains("Overdue complaints");
        }
        assertThat(as("sam").rest().get("/engine-rest/filter?resourceType=Task").json().findValuesAsText("name"))
                .doesNotContain("Overdue complaints");
    }
}
