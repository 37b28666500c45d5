package io.customercodes.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HttpTest
class CodeApiTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ProcessScenario scenario;

    @BeforeEach
    void users() {
        TestUsers.create(identity);
    }

    @Test
    void showsACodeItsVersionsAndTheDecisionsTakenWithActors() {
        String key = ProcessScenario.uniqueKey("API");
        scenario.startCode(key);
        scenario.developUntilApproval(key, "Delivery within 3 days");

        EngineRestClient mary = new EngineRestClient(port, "mary");
        var code = mary.get("/api/codes/" + key).json();
        assertThat(code.get("codeKey").asText()).isEqualTo(key);
        assertThat(code.get("versions").get(0).get("state").asText()).isEqualTo("AWAITING_APPROVAL");

        var version = mary.get("/api/codes/" + key + "/versions/1").json();
        assertThat(version.get("promises").get(0).get("text").asText()).isEqualTo("Delivery within 3 days");
        assertThat(version.get("indicators").get(0).get("comparison").asText()).isEqualTo("AT_LEAST");

        var decisions = mary.get("/api/codes/" + key + "/decisions").json();
        assertThat(decisions.findValuesAsText("actor")).contains("mary", "carla");
        assertThat(decisions.findValuesAsText("kind")).contains("CODE_CREATED", "CONSULTATION_OUTCOME", "ACCURACY");
    }

    @Test
    void anUnknownCodeIsAProblemDocument() {
        EngineRestClient.Response response = new EngineRestClient(port, "mary").get("/api/codes/NO-SUCH-CODE");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).contains("NO-SUCH-CODE");
    }
}
