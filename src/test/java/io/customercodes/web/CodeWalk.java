package io.customercodes.web;

import static io.customercodes.ProcessScenario.ALL_PRINCIPLES;
import static io.customercodes.ProcessScenario.GAP_JUSTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A new code from the start form to published, every task done by a user of its group through the
 * REST calls Tasklist makes. Who is who (and on which node) is the caller's choice.
 */
public final class CodeWalk {

    public static final String PROMISE = "Parcels arrive within 48 hours";

    private final Function<String, TasklistSession> as;
    private final String key;

    public CodeWalk(Function<String, TasklistSession> as, String key) {
        this.as = as;
        this.key = key;
    }

    public void start(int reviewIntervalMonths) {
        EngineRestClient.Response started = as.apply("mary").submitStartForm(Map.of(
                "codeKey", key, "title", "Walk-through promise", "organization", "Walk Ltd",
                "scope", "Everything we sell online", "reviewIntervalMonths", reviewIntervalMonths,
                "stakeholders", List.of("STAFF", "CONSUMER_ORGANIZATIONS")));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.json().get("businessKey").asText()).isEqualTo(key);
    }

    /** From the first task to top management's approval; publication then runs on the job executor. */
    public void developAndApprove() {
        as.apply("mary").claimAndSubmit("Code managers", key, "Set objectives", Map.of(
                "objectives", "Fewer delivery complaints", "legalRequirements", "Consumer law"));
        as.apply("mary").claimAndSubmit("Code managers", key, "Draft promises", Map.of(
                "promises", List.of(Map.of("category", "DELIVERY", "text", PROMISE)),
                "provisions", List.of(Map.of("type", "REMEDY", "text", "We refund the postage", "promiseNumber", 1)),
                "indicators", List.of(Map.of("name", "Parcels on time", "promiseNumber", 1,
                        "comparison", "AT_LEAST", "targetValue", 97, "unit", "%")),
                "teams", List.of(Map.of("name", "Dispatch")),
                "communicationPlan", "Footer link"));
        as.apply("sam").claimAndSubmit("Stakeholders", key, "Give feedback", Map.of(
                "consultationPosition", "SUPPORT"));
        as.apply("sam").claimAndSubmit("Stakeholders", key, "Give feedback", Map.of(
                "consultationPosition", "SUPPORT_WITH_CHANGES", "feedbackComments", "Say which carrier"));
        as.apply("mary").claimAndSubmit("Code managers", key, "Consolidate feedback", Map.of(
                "consultationOutcome", "PROCEED", "consolidationNotes", "Carrier named in provisions"));
        as.apply("carla").claimAndSubmit("Compliance", key, "Check code", Map.of(
                "principlesMet", ALL_PRINCIPLES, "accuracyDecision", "ACCURATE",
                "gapJustification", GAP_JUSTIFICATION));
        as.apply("tom").claimAndSubmit("Top management", key, "Approve code", Map.of(
                "approvalDecision", "APPROVED", "approvalComment", "Go"));
    }

    public void implement() {
        as.apply("mary").claimAndSubmit("Code managers", key, "Make code available", Map.of(
                "availabilityChannels", List.of("WEBSITE", "CUSTOMER_SERVICE")));
        as.apply("mary").claimAndSubmit("Code managers", key, "Brief personnel", Map.of(
                "briefingMethod", "MEETING", "acknowledgedBy", "Dana, dispatch lead"));
    }
}
