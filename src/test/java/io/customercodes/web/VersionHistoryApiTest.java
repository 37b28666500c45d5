package io.customercodes.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HttpTest
class VersionHistoryApiTest {

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

    /** Version 1 published, then superseded by version 2 of {@link ProcessScenario#revisedDraftForm()}. */
    String codeWithTwoPublishedVersions() {
        String key = ProcessScenario.uniqueKey("HIST");
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Delivery within 3 days");
        scenario.revise(key, ProcessScenario.revisedDraftForm());
        return key;
    }

    @Test
    void listsEveryVersionWithItsStateTimesAndActorsDraftsIncluded() {
        String key = codeWithTwoPublishedVersions();
        scenario.review(key, "REVISE");

        JsonNode versions = mary.get("/api/codes/" + key + "/versions").json();

        assertThat(versions.findValuesAsText("number")).containsExactly("1", "2", "3");
        assertThat(versions.findValuesAsText("state")).containsExactly("SUPERSEDED", "PUBLISHED", "DRAFT");
        JsonNode first = versions.get(0);
        assertThat(first.get("createdBy").asText()).isEqualTo("mary");
        assertThat(first.get("publishedBy").asText()).isEqualTo("tom");
        assertThat(first.get("createdAt").asText()).isNotBlank();
        assertThat(first.get("publishedAt").asText()).isNotBlank();
        assertThat(first.get("endedAt").asText()).isNotBlank();
        assertThat(versions.get(1).get("publishedAt").asText()).isNotBlank();
        assertThat(versions.get(1).get("endedAt").isNull()).isTrue();
        assertThat(versions.get(2).get("publishedAt").isNull()).isTrue();
    }

    @Test
    void theDiffShowsWhatChangedWasAddedAndStayedTheSame() {
        String key = codeWithTwoPublishedVersions();

        JsonNode diff = mary.get("/api/codes/" + key + "/versions/1/diff/2").json();

        assertThat(diff.get("codeKey").asText()).isEqualTo(key);
        assertThat(diff.get("from").asInt()).isEqualTo(1);
        assertThat(diff.get("to").asInt()).isEqualTo(2);
        JsonNode promises = diff.get("promises");
        JsonNode changed = promises.get("changed").get(0);
        assertThat(changed.get("before").get("text").asText()).isEqualTo("Delivery within 3 days");
        assertThat(changed.get("after").get("text").asText()).isEqualTo("Delivery within 2 days");
        assertThat(changed.get("after").get("number").asInt()).isEqualTo(1);
        assertThat(promises.get("added")).singleElement().satisfies(p -> {
            assertThat(p.get("number").asInt()).isEqualTo(3);
            assertThat(p.get("category").asText()).isEqualTo("COMPLAINTS");
        });
        assertThat(promises.get("unchanged").findValuesAsText("text")).containsExactly("Refunds within 5 days");
        assertThat(promises.get("removed")).isEmpty();
        assertThat(promises.get("renumbered")).isEmpty();
        assertThat(diff.get("provisions").get("unchanged")).hasSize(2);
        JsonNode target = diff.get("indicators").get("changed").get(0);
        assertThat(target.get("before").get("targetValue").decimalValue()).isEqualByComparingTo("95");
        assertThat(target.get("after").get("targetValue").decimalValue()).isEqualByComparingTo("98");
    }

    @Test
    void backwardsTheAddedPromiseIsRemoved() {
        String key = codeWithTwoPublishedVersions();

        JsonNode promises = mary.get("/api/codes/" + key + "/versions/2/diff/1").json().get("promises");

        assertThat(promises.get("removed").findValuesAsText("text"))
                .containsExactly("Complaints answered within 2 working days");
        assertThat(promises.get("added")).isEmpty();
    }

    @Test
    void anUnknownCodeOrVersionIsNotFound() {
        String key = ProcessScenario.uniqueKey("HIST");
        scenario.startCode(key);

        assertProblem(mary.get("/api/codes/NO-SUCH-CODE/versions"), 404, "NO-SUCH-CODE");
        assertProblem(mary.get("/api/codes/NO-SUCH-CODE/versions/1/diff/2"), 404, "NO-SUCH-CODE");
        assertProblem(mary.get("/api/codes/" + key + "/versions/1/diff/9"), 404, "has no version 9");
        assertProblem(mary.get("/api/codes/" + key + "/versions/7"), 404, "has no version 7");
    }

    @Test
    void aVersionNumberThatIsNoneIsABadRequestNamingTheField() {
        String key = ProcessScenario.uniqueKey("HIST");
        scenario.startCode(key);

        assertThat(assertProblem(mary.get("/api/codes/" + key + "/versions/one/diff/1"), 400, "one")
                .get("field").asText()).isEqualTo("from");
        assertThat(assertProblem(mary.get("/api/codes/" + key + "/versions/1/diff/0"), 400, "0")
                .get("field").asText()).isEqualTo("to");
        assertThat(assertProblem(mary.get("/api/codes/" + key + "/versions/-1"), 400, "-1")
                .get("field").asText()).isEqualTo("number");
    }

    @Test
    void versionsAndDiffsNeedCredentials() {
        String key = ProcessScenario.uniqueKey("HIST");
        scenario.startCode(key);
        EngineRestClient anonymous = new EngineRestClient(port, null);

        assertThat(anonymous.get("/api/codes/" + key + "/versions").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/codes/" + key + "/versions/1/diff/1").status()).isEqualTo(401);
        assertThat(new EngineRestClient(port, "nobody").get("/api/codes/" + key + "/versions").status())
                .isEqualTo(401);
    }

    static JsonNode assertProblem(EngineRestClient.Response response, int status, String detail) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).contains(detail);
        return problem;
    }
}
