package io.customercodes.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HttpTest
class AuditTrailApiTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ProcessScenario scenario;

    EngineRestClient mary;

    @BeforeEach
    void users() {
        TestUsers.create(identity);
        mary = new EngineRestClient(port, "mary");
    }

    @Test
    void everyDecisionOnTheCodeOldestFirstWithItsVersion() {
        String key = ProcessScenario.uniqueKey("AUDIT");
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Delivery within 3 days");
        scenario.revise(key, ProcessScenario.revisedDraftForm());

        JsonNode trail = mary.get("/api/codes/" + key + "/audit").json();

        List<String> entries = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        for (JsonNode d : trail) {
            entries.add(d.get("versionNumber").asText() + " " + d.get("kind").asText() + " "
                    + d.get("decision").asText() + " " + d.get("actor").asText());
            times.add(Instant.parse(d.get("decidedAt").asText()));
        }
        assertThat(entries.get(0)).isEqualTo("null CODE_CREATED CREATED mary");
        assertThat(entries).containsSubsequence(
                "1 ACCURACY ACCURATE carla",
                "1 APPROVAL APPROVED tom",
                "1 PUBLICATION PUBLISHED tom",
                "1 REVIEW_RECOMMENDATION REVISE mary",
                "1 REVIEW REVISE tom",
                "2 ACCURACY ACCURATE carla",
                "2 APPROVAL APPROVED tom",
                "2 PUBLICATION PUBLISHED tom");
        assertThat(times).isSorted();
        JsonNode review = trail.get(entries.indexOf("1 REVIEW REVISE tom"));
        assertThat(review.get("comment").asText()).isEqualTo("Decided REVISE");
    }

    @Test
    void theDecisionsPathStillAnswersWithTheSameTrail() {
        String key = ProcessScenario.uniqueKey("AUDIT");
        scenario.startCode(key);

        assertThat(mary.get("/api/codes/" + key + "/decisions").json())
                .isEqualTo(mary.get("/api/codes/" + key + "/audit").json());
    }

    @Test
    void theAuditTrailNeedsCredentialsAndAKnownCode() {
        String key = ProcessScenario.uniqueKey("AUDIT");
        scenario.startCode(key);

        assertThat(new EngineRestClient(port, null).get("/api/codes/" + key + "/audit").status()).isEqualTo(401);
        EngineRestClient.Response unknown = mary.get("/api/codes/NO-SUCH-CODE/audit");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("detail").asText()).contains("NO-SUCH-CODE");
    }
}
