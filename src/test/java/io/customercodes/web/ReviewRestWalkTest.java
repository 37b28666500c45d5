package io.customercodes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import io.customercodes.review.ReviewDecision;
import io.customercodes.system.DisplayDates;
import io.customercodes.system.EngineClock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * After the walk to publication, through the REST API as Tasklist and Cockpit call it: a code manager records an
 * indicator reading, the review timer is fired the way Cockpit does it, the review tasks appear for the right
 * groups, and each decision does what it says in the API and on the public page.
 */
@HttpTest
class ReviewRestWalkTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    final String key = ProcessScenario.uniqueKey("REVIEW");

    @BeforeEach
    void users() {
        TestUsers.create(identity);
    }

    TasklistSession as(String user) {
        return new TasklistSession(port, user);
    }

    @ParameterizedTest
    @EnumSource(ReviewDecision.class)
    void aReviewFiredFromCockpitEndsWithTopManagementsDecision(ReviewDecision decision) {
        CodeWalk walk = new CodeWalk(this::as, key);
        walk.start(12);
        walk.developAndApprove();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(as("mary").rest().get("/codes/" + key).status()).isEqualTo(200));
        walk.implement();

        EngineRestClient.Response started = as("mary").submitStartForm("indicatorReadings", Map.of("codeKey", key));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        as("mary").claimAndSubmit("Code managers", key, "Record indicator readings", Map.of(
                "readings", List.of(Map.of("indicator", "Parcels on time", "value", 91,
                        "measuredOn", EngineClock.today().toString())),
                "readingsNote", "October figures from the carrier"));
        JsonNode indicator = as("tom").rest().get("/api/codes/" + key + "/indicators").json().get(0);
        assertThat(indicator.get("latestValue").decimalValue()).isEqualByComparingTo("91");
        assertThat(indicator.get("met").asBoolean()).isFalse();

        fireReviewTimerAsCockpitDoes();
        String evaluate = await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> as("mary").findTask("Code managers", key, "Evaluate code performance"), id -> id != null);
        JsonNode data = as("mary").rest().get("/engine-rest/task/" + evaluate + "/form-variables").json();
        assertThat(data.get("reviewDataSummary").get("value").asText())
                .contains("Parcels on time: target ≥ 97 %, 91 % on " + DisplayDates.date(EngineClock.today()) + " (missed)");
        // The date the review was scheduled for has passed into the review; the page says what happens now.
        assertThat(new EngineRestClient(port, null).get("/codes/" + key).body()).contains("Under review since");

        as("mary").claimAndSubmit("Code managers", key, "Evaluate code performance", Map.of(
                "customerSatisfaction", "SATISFIED", "stakeholderSatisfaction", "NEUTRAL",
                "evaluation", "One target missed", "recommendation", decision.name()));
        as("tom").claimAndSubmit("Top management", key, "Decide on code", Map.of(
                "reviewDecision", decision.name(), "reviewRationale", "We decide " + decision));

        EngineRestClient anonymous = new EngineRestClient(port, null);
        EngineRestClient admin = new EngineRestClient(port, "admin");
        switch (decision) {
            case CONTINUE -> await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                // One missed target halves the twelve-month interval (reviewInterval.dmn).
                assertThat(admin.get("/api/codes/" + key).json().get("nextReviewOn").asText())
                        .isEqualTo(EngineClock.today().plusMonths(6).toString());
                assertThat(anonymous.get("/codes/" + key).body()).contains("Next review");
            });
            case REVISE -> {
                await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() ->
                        as("mary").findTask("Code managers", key, "Set objectives"), id -> id != null);
                JsonNode versions = admin.get("/api/codes/" + key).json().get("versions");
                assertThat(versions.findValuesAsText("state")).containsExactly("PUBLISHED", "DRAFT");
                assertThat(anonymous.get("/codes/" + key).body()).contains(CodeWalk.PROMISE)
                        .contains("Version</dt><dd>1</dd>").contains("Being revised after the review of")
                        .contains("the next review is scheduled once the revised code is in practice");
            }
            case WITHDRAW -> await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(admin.get("/api/codes/" + key).json().get("withdrawnAt").isNull()).isFalse();
                assertThat(anonymous.get("/codes/" + key).body()).contains("This code was withdrawn on");
                assertThat(anonymous.get("/codes?q=" + key).body()).doesNotContain("/codes/" + key + "\"");
                assertThat(admin.get("/engine-rest/process-instance?businessKey=" + key).json()).isEmpty();
            });
        }
        JsonNode decisions = admin.get("/api/codes/" + key + "/decisions").json();
        assertThat(decisions.findValuesAsText("kind")).contains("REVIEW_RECOMMENDATION", "REVIEW");
        assertThat(decisions.findValuesAsText("actor")).contains("tom");
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
