package io.customercodes.web;

import static io.customercodes.ProcessScenario.ALL_PRINCIPLES;
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
 * Through the REST calls Tasklist makes: a small business starts from the online-shop example, consults its
 * customers only, and its code manager approves her own version only with the declaration, which the audit
 * trail keeps.
 */
@HttpTest
class SmallBusinessRestWalkTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    final String key = ProcessScenario.uniqueKey("TINY");

    @BeforeEach
    void users() {
        TestUsers.create(identity);
    }

    TasklistSession as(String user) {
        return new TasklistSession(port, user);
    }

    @Test
    void theOwnerDraftsFromAnExampleAndApprovesWithADeclaration() {
        EngineRestClient.Response started = as("mary").submitStartForm(Map.of(
                "codeKey", key, "title", "Our promise", "organization", "Tiny Shop", "scope", "Online orders",
                "stakeholders", List.of("CUSTOMER_REPRESENTATIVES"), "smallBusiness", true,
                "exampleDraft", "ONLINE_SHOP"));
        assertThat(started.status()).as(started.body()).isEqualTo(200);

        as("mary").claimAndSubmit("Code managers", key, "Set objectives", Map.of("objectives", "Keep it simple"));
        String draft = as("mary").findTask("Code managers", key, "Draft promises");
        assertThat(as("mary").rest().get("/engine-rest/task/" + draft + "/form-variables?deserializeValues=false").json()
                .get("promises").get("value").toString()).contains("before 2 pm");
        as("mary").claim(draft);
        // the example as it stands: the form sends back what it shows
        EngineRestClient.Response drafted = as("mary").submitTaskForm(draft, Map.of());
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(204);
        as("sam").claimAndSubmit("Stakeholders", key, "Give feedback", Map.of("consultationPosition", "SUPPORT"));
        as("mary").claimAndSubmit("Code managers", key, "Consolidate feedback", Map.of(
                "consultationOutcome", "PROCEED"));
        String check = as("carla").findTask("Compliance", key, "Check code");
        assertThat(as("carla").rest().get("/engine-rest/task/" + check + "/form-variables").json()
                .get("gapCount").get("value").asLong()).isZero();
        as("carla").claim(check);
        assertThat(as("carla").submitTaskForm(check, Map.of("principlesMet", ALL_PRINCIPLES,
                "accuracyDecision", "ACCURATE")).status()).isEqualTo(204);

        String approval = as("mary").findTask("Code managers", key, "Approve code");
        as("mary").claim(approval);
        EngineRestClient.Response refused = as("mary").submitTaskForm(approval, Map.of(
                "approvalDecision", "APPROVED"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("field").asText()).isEqualTo("selfApprovalDeclaration");

        EngineRestClient.Response approved = as("mary").submitTaskForm(approval, Map.of(
                "approvalDecision", "APPROVED", "selfApprovalDeclaration", true));
        assertThat(approved.status()).as(approved.body()).isEqualTo(204);

        JsonNode declaration = StreamSupport.stream(as("mary").rest().get("/api/codes/" + key + "/audit").json()
                .spliterator(), false).filter(d -> "SELF_APPROVAL_DECLARATION".equals(d.get("kind").asText()))
                .findFirst().orElseThrow();
        assertThat(declaration.get("actor").asText()).isEqualTo("mary");
        assertThat(declaration.hasNonNull("decidedAt")).isTrue();
    }
}
