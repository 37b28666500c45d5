package io.customercodes.web;

import static io.customercodes.ProcessScenario.ALL_PRINCIPLES;
import static io.customercodes.ProcessScenario.GAP_JUSTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * From a sponsor's model code to a member's adopted, published code, through the REST calls Tasklist makes: sara
 * works the model code from the "Code sponsors" filter, mary starts her code from it, finds the model's promises in
 * her draft form, is refused when she drops one without a reason, and compliance reads her reason.
 */
@HttpTest
class ModelCodeRestWalkTest {

    static final String MODEL_PROMISE_3 = "We use personal information only for your order";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    final String model = ProcessScenario.uniqueKey("MODELWALK");
    final String key = ProcessScenario.uniqueKey("ADOPTWALK");

    @BeforeEach
    void users() {
        TestUsers.create(identity);
    }

    TasklistSession as(String user) {
        return new TasklistSession(port, user);
    }

    @Test
    void aSponsorsModelCodeIsAdoptedAdaptedCheckedAndPublishedWithItsChanges() {
        publishModel();

        EngineRestClient.Response started = as("mary").submitStartForm(Map.of("codeKey", key,
                "title", "Walk Shop promise", "organization", "Walk Shop Ltd", "scope", "Online orders",
                "reviewIntervalMonths", 12, "stakeholders", List.of("STAFF"), "modelCodeKey", model));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        as("mary").claimAndSubmit("Code managers", key, "Set objectives", Map.of("objectives", "Adopt the model"));

        TasklistSession mary = as("mary");
        String draftTask = mary.findTask("Code managers", key, "Draft promises");
        mary.claim(draftTask);
        JsonNode variables = mary.rest().get("/engine-rest/task/" + draftTask + "/form-variables?deserializeValues=false").json();
        assertThat(variables.get("modelBasis").get("value").asText())
                .contains("Based on model code Fair walk model (" + model + ") version 1");
        List<Map<String, Object>> promises = list(variables, "promises");
        assertThat(promises).extracting(p -> p.get("text")).containsExactly("Parcels within 5 working days",
                "Returns within 30 days", MODEL_PROMISE_3);
        assertThat(promises).extracting(p -> ((Number) p.get("modelPromise")).intValue()).containsExactly(1, 2, 3);
        List<Map<String, Object>> provisions = list(variables, "provisions");
        List<Map<String, Object>> indicators = list(variables, "indicators");

        // Mary tightens promise 1, drops promise 3, adds one of her own and fills in her complaint channel.
        promises.get(0).put("text", "Parcels within 2 working days");
        promises.remove(2);
        promises.add(new LinkedHashMap<>(Map.of("category", "OTHER", "text", "Gift wrapping on request")));
        provisions.get(0).put("text", "complaints@walkshop.example");
        indicators.get(0).put("targetValue", 98);
        Map<String, Object> draft = new LinkedHashMap<>(Map.of("promises", promises, "provisions", provisions,
                "indicators", indicators));

        EngineRestClient.Response refused = mary.submitTaskForm(draftTask, draft);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("field").asText()).isEqualTo("deviationReasons");
        assertThat(refused.json().get("message").asText())
                .startsWith("Reasons for departing from the model code: state why")
                .contains("Model promise 3 removed");

        draft.put("deviationReasons", "We keep no customer data beyond the order; the law covers the rest.");
        EngineRestClient.Response accepted = mary.submitTaskForm(draftTask, draft);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(204);

        as("sam").claimAndSubmit("Stakeholders", key, "Give feedback", Map.of("consultationPosition", "SUPPORT"));
        as("mary").claimAndSubmit("Code managers", key, "Consolidate feedback", Map.of(
                "consultationOutcome", "PROCEED"));
        TasklistSession carla = as("carla");
        String check = carla.findTask("Compliance", key, "Check code");
        assertThat(carla.rest().get("/engine-rest/task/" + check + "/form-variables?deserializeValues=false").json().get("modelDeviations")
                .get("value").asText()).contains("**Promises less than the model:** Model promise 3 removed")
                .contains("Target of “Parcels on time” changed from ≥ 95 % to ≥ 98 %")
                .contains("We keep no customer data beyond the order");
        carla.claimAndSubmit("Compliance", key, "Check code", Map.of("principlesMet", ALL_PRINCIPLES,
                "accuracyDecision", "ACCURATE", "gapJustification", GAP_JUSTIFICATION));
        as("tom").claimAndSubmit("Top management", key, "Approve code", Map.of(
                "approvalDecision", "APPROVED", "approvalComment", "Go"));

        EngineRestClient visitor = new EngineRestClient(port, null);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(visitor.get("/codes/" + key).status()).isEqualTo(200));
        assertThat(visitor.get("/codes/" + key).body())
                .contains("Based on model code <a href=\"/codes/" + model + "\">Fair walk model</a>")
                .contains("Model promise 3 removed: “" + MODEL_PROMISE_3 + "”")
                .contains("Promise 3 added: “Gift wrapping on request”")
                .contains("We keep no customer data beyond the order");
        assertThat(visitor.get("/codes/" + model).body()).contains("Organizations that adopted it")
                .contains("href=\"/codes/" + key + "\">Walk Shop promise</a>");
        assertThat(visitor.get("/codes?q=" + model).body()).contains("Model code");

        JsonNode code = as("mary").rest().get("/api/codes/" + key).json();
        assertThat(code.get("kind").asText()).isEqualTo("ORGANIZATION");
        assertThat(code.get("modelCodeKey").asText()).isEqualTo(model);
        assertThat(as("sara").rest().get("/api/codes/" + model).json().get("kind").asText()).isEqualTo("MODEL");
        JsonNode basedOn = as("mary").rest().get("/api/codes/" + key + "/versions/1").json().get("basedOn");
        assertThat(basedOn.get("codeKey").asText()).isEqualTo(model);
        assertThat(basedOn.get("versionNumber").asInt()).isEqualTo(1);
        assertThat(basedOn.get("changes").toString()).contains("Model promise 3 removed");
        assertThat(basedOn.get("reasons").asText()).startsWith("We keep no customer data");
    }

    private void publishModel() {
        EngineRestClient.Response started = as("sara").submitStartForm(Map.of("codeKey", model,
                "codeKind", "MODEL", "title", "Fair walk model", "organization", "Walk Trade Association",
                "scope", "Member shops selling online", "reviewIntervalMonths", 12,
                "stakeholders", List.of("CONSUMER_ORGANIZATIONS")));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        as("sara").claimAndSubmit("Code sponsors", model, "Set objectives", Map.of(
                "objectives", "One code members can adopt"));
        as("sara").claimAndSubmit("Code sponsors", model, "Draft promises", Map.of(
                "promises", List.of(Map.of("category", "DELIVERY", "text", "Parcels within 5 working days"),
                        Map.of("category", "RETURNS", "text", "Returns within 30 days"),
                        Map.of("category", "PERSONAL_INFORMATION", "text", MODEL_PROMISE_3)),
                "provisions", List.of(Map.of("type", "COMPLAINT_CHANNEL", "text", "Member to fill in")),
                "indicators", List.of(Map.of("name", "Parcels on time", "promiseNumber", 1,
                        "comparison", "AT_LEAST", "targetValue", 95, "unit", "%")),
                "teams", List.of(Map.of("name", "Member desk"))));
        as("sam").claimAndSubmit("Stakeholders", model, "Give feedback", Map.of("consultationPosition", "SUPPORT"));
        as("sara").claimAndSubmit("Code sponsors", model, "Consolidate feedback", Map.of(
                "consultationOutcome", "PROCEED"));
        as("carla").claimAndSubmit("Compliance", model, "Check code", Map.of("principlesMet", ALL_PRINCIPLES,
                "accuracyDecision", "ACCURATE", "gapJustification", GAP_JUSTIFICATION));
        as("tom").claimAndSubmit("Top management", model, "Approve code", Map.of(
                "approvalDecision", "APPROVED", "approvalComment", "A good model"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(new EngineRestClient(port, null).get("/codes/" + model).status()).isEqualTo(200));
        as("sara").claimAndSubmit("Code sponsors", model, "Make code available", Map.of(
                "availabilityChannels", List.of("WEBSITE")));
        as("sara").claimAndSubmit("Code sponsors", model, "Brief personnel", Map.of(
                "briefingMethod", "MEETING", "acknowledgedBy", "Member desk lead"));
    }

    /** A dynamic list of the form as Tasklist shows it, entries editable. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(JsonNode variables, String name) {
        try {
            ArrayNode entries = (ArrayNode) EngineRestClient.MAPPER.readTree(variables.get(name).get("value").asText());
            List<Map<String, Object>> list = new ArrayList<>();
            for (JsonNode entry : entries) {
                list.add(EngineRestClient.MAPPER.convertValue((ObjectNode) entry, LinkedHashMap.class));
            }
            return list;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
