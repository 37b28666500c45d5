package io.customercodes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The "done when", over HTTP only: a customer files on the code's public page, hank handles the complaint
 * with Tasklist's REST calls within the promised time, the customer rejects the response on the status page, the
 * complaint goes to the dispute-resolution body the code names, and the code's next review counts it.
 */
@HttpTest
class PublicComplaintToReviewWalkTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ProcessScenario scenario;

    final String key = ProcessScenario.uniqueKey("DONE");

    TasklistSession as(String user) {
        return new TasklistSession(port, user);
    }

    @BeforeEach
    void publishedCodeNamingADisputeBody() {
        TestUsers.create(identity);
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Parcels arrive within 3 working days");
    }

    @Test
    void aPublicComplaintRejectedOnItsStatusPageGoesToTheNamedBodyAndIntoTheNextReview() {
        PublicComplaintForm customer = new PublicComplaintForm("127.0.0.90", port);
        String filedPage = customer.file(key, PublicComplaintForm.complaint());
        String statusPath = "/codes/complaints/status/" + PublicComplaintForm.token(filedPage);
        String reference = as("hank").rest().get("/api/codes/" + key + "/complaints").json().get(0)
                .get("reference").asText();
        assertThat(customer.open(filedPage).body()).contains(reference);

        String assess = as("hank").findTask("Complaint handlers", reference, "Assess complaint");
        JsonNode variables = as("hank").rest().get("/engine-rest/task/" + assess + "/form-variables").json();
        assertThat(variables.get("complaintSummary").get("value").asText()).contains("the public complaint form")
                .contains("nine days").doesNotContain("Robin Customer");
        as("hank").claim(assess);
        assertThat(as("hank").submitTaskForm(assess, Map.of("severity", "MEDIUM", "scopeDecision", "IN_SCOPE"))
                .status()).isEqualTo(204);
        as("hank").claimAndSubmit("Complaint handlers", reference, "Investigate complaint", Map.of(
                "findings", "The parcel waited at the depot", "rootCause", "Depot backlog",
                "remedyOffered", "Delivery charge refunded"));
        as("hank").claimAndSubmit("Complaint handlers", reference, "Respond to complaint", Map.of(
                "responseText", "We are sorry. We have refunded the delivery charge and cleared the backlog."));

        String awaiting = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> customer.open(statusPath).body(), page -> page.contains("Do you accept our response?"));
        assertThat(awaiting).contains("cleared the backlog").contains("Retail ADR scheme");
        FromAddress.Answer rejected = customer.send(statusPath, Map.of("answer", "reject",
                "comment", "A refund of the charge does not cover my losses."));
        assertThat(rejected.status()).isEqualTo(303);
        assertThat(customer.open(statusPath).body()).contains("Referred to dispute resolution")
                .contains("You did not accept our response").contains("Retail ADR scheme");

        JsonNode complaint = as("hank").rest().get("/api/complaints/" + reference).json();
        assertThat(complaint.get("state").asText()).isEqualTo("REFERRED");
        assertThat(complaint.get("channel").asText()).isEqualTo("PUBLIC_FORM");
        assertThat(complaint.get("referralBody").asText()).isEqualTo("Retail ADR scheme");
        assertThat(complaint.get("answeredWithinPromisedTime").asBoolean()).isTrue();
        assertThat(complaint.get("complainantAccepts").asBoolean()).isFalse();
        assertThat(as("hank").findTask("Complaint handlers", reference, "Record dispute resolution outcome"))
                .isNotNull();

        fireReviewTimerAsCockpitDoes();
        String evaluate = await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> as("mary").findTask("Code managers", key, "Evaluate code performance"), id -> id != null);
        String reviewData = as("mary").rest().get("/engine-rest/task/" + evaluate + "/form-variables").json()
                .get("reviewDataSummary").get("value").asText();
        assertThat(reviewData).contains("- 1 received, 1 still open")
                .contains("- 1 against promise 1 (Parcels arrive within 3 working days)")
                .contains("- Answered within the promised time: 100 % (1 of 1)")
                .contains("- Referred to dispute resolution: 1");
    }

    private void fireReviewTimerAsCockpitDoes() {
        EngineRestClient admin = new EngineRestClient(port, "admin");
        String lifecycle = admin.get("/engine-rest/process-instance?processDefinitionKey=codeLifecycle&businessKey="
                + key).json().get(0).get("id").asText();
        JsonNode timer = await().atMost(Duration.ofSeconds(30)).until(() -> admin.get(
                "/engine-rest/job?timers=true&activityId=Timer_ReviewDue&processInstanceId=" + lifecycle).json(),
                jobs -> jobs.size() == 1).get(0);
        String now = OffsetDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
        assertThat(admin.put("/engine-rest/job/" + timer.get("id").asText() + "/duedate", Map.of("duedate", now))
                .status()).isEqualTo(204);
    }
}
