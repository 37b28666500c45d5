package io.customercodes.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.customercodes.web.EngineRestClient;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What one group may read and do over /engine-rest and /api, against the codes of {@link AccessFixture}.
 * Each subclass is the specification of one group (README, "Who may see and do what").
 */
abstract class GroupAccessTest {

    @LocalServerPort
    int port;

    @Autowired
    AccessFixture fixture;

    String seen;
    String unseen;

    @BeforeEach
    void codes() {
        fixture.ready();
        seen = fixture.seen();
        unseen = fixture.unseen();
    }

    abstract String user();

    EngineRestClient rest() {
        return new EngineRestClient(port, user());
    }

    int get(String path) {
        return rest().get(path).status();
    }

    /** Every code the group sees, page after page: the suite's shared database holds hundreds. */
    List<String> codeKeys() {
        List<String> keys = new ArrayList<>();
        for (int page = 1; ; page++) {
            List<String> onPage = texts(rest().get("/api/codes?size=500&page=" + page).json(), "codeKey");
            keys.addAll(onPage);
            if (onPage.size() < 500) {
                return keys;
            }
        }
    }

    List<Integer> versionNumbers(String path) {
        return StreamSupport.stream(rest().get(path).json().spliterator(), false)
                .map(v -> v.get("number").asInt()).toList();
    }

    /** Ids of the open tasks of a code the user can see. */
    List<String> visibleTasks(String codeKey) {
        return texts(rest().get("/engine-rest/task?processInstanceBusinessKey=" + codeKey).json(), "id");
    }

    List<String> visibleProcesses(String processKey, String codeKey) {
        return texts(rest().get("/engine-rest/process-instance?processDefinitionKey=" + processKey
                + "&businessKey=" + codeKey).json(), "id");
    }

    int startLifecycleWithoutForm() {
        return rest().post("/engine-rest/process-definition/key/codeLifecycle/start", "{}").status();
    }

    int claim(String task) {
        return rest().post("/engine-rest/task/" + task + "/claim", "{\"userId\":\"" + user() + "\"}").status();
    }

    int writeVariable(String task, String name) {
        return rest().put("/engine-rest/task/" + task + "/variables/" + name, "{\"value\":1,\"type\":\"Long\"}")
                .status();
    }

    int rename(String task) {
        return rest().put("/engine-rest/task/" + task, "{\"name\":\"Something else\"}").status();
    }

    int addCandidateGroup(String task, String group) {
        return rest().post("/engine-rest/task/" + task + "/identity-links",
                "{\"groupId\":\"" + group + "\",\"type\":\"candidate\"}").status();
    }

    // --- /api, shared by the groups that read alike ---

    /** Codes customers have seen and their published versions, nothing else; what is hidden looks unknown. */
    void readsOnlyWhatCustomersHaveSeen() {
        assertThat(codeKeys()).contains(seen).doesNotContain(unseen);
        assertThat(get("/api/codes/" + seen)).isEqualTo(200);
        assertThat(versionNumbers("/api/codes/" + seen + "/versions")).containsExactly(1);
        assertThat(texts(rest().get("/api/codes/" + seen).json().get("versions"), "state"))
                .containsExactly("PUBLISHED");
        assertThat(get("/api/codes/" + seen + "/versions/1")).isEqualTo(200);

        assertThat(get("/api/codes/" + seen + "/versions/2")).as("a draft").isEqualTo(404);
        assertThat(get("/api/codes/" + seen + "/versions/1/diff/2")).as("a diff to a draft").isEqualTo(404);
        assertThat(get("/api/codes/" + unseen)).as("a code never published").isEqualTo(404);
        assertThat(get("/api/codes/" + unseen + "/versions")).isEqualTo(404);
        assertThat(get("/api/codes/" + unseen + "/versions/1")).isEqualTo(404);
        assertThat(rest().get("/api/codes/" + unseen).body()).isEqualTo(rest().get("/api/codes/NO-SUCH-CODE")
                .body().replace("NO-SUCH-CODE", unseen));
    }

    void readsDraftsOfEveryCode() {
        assertThat(codeKeys()).contains(seen, unseen);
        assertThat(versionNumbers("/api/codes/" + seen + "/versions")).containsExactly(1, 2);
        assertThat(rest().get("/api/codes/" + seen + "/versions/2").json().get("state").asText()).isEqualTo("DRAFT");
        assertThat(get("/api/codes/" + seen + "/versions/1/diff/2")).isEqualTo(200);
        assertThat(rest().get("/api/codes/" + unseen + "/versions/1").json().get("state").asText())
                .isEqualTo("IN_CONSULTATION");
    }

    void readsTheAuditTrail() {
        JsonNode audit = rest().get("/api/codes/" + seen + "/audit").json();
        assertThat(texts(audit, "kind")).contains("ACCURACY", "APPROVAL", "REVIEW");
        assertThat(get("/api/codes/" + unseen + "/decisions")).isEqualTo(200);
    }

    /** 403 for every code key alike, so the answer says nothing about which codes exist. */
    void mayNotUse(String endpoint) {
        for (String code : List.of(seen, unseen, "NO-SUCH-CODE")) {
            assertThat(get("/api/codes/" + code + endpoint)).as(code + endpoint).isEqualTo(403);
        }
    }

    /** A model code's adopters and complaint counts are the code sponsors': 403 for every key alike. */
    void mayNotReadModelAdopters() {
        for (String key : List.of(seen, "NO-SUCH-MODEL")) {
            assertThat(get("/api/models/" + key + "/adopters")).as(key).isEqualTo(403);
            assertThat(get("/api/models/" + key + "/complaint-counts")).as(key).isEqualTo(403);
            assertThat(get("/manage/models/" + key)).as(key).isEqualTo(403);
        }
    }

    void readsReviewsAndMeasurements() {
        JsonNode reviews = rest().get("/api/codes/" + seen + "/reviews").json();
        assertThat(texts(reviews, "decision")).containsExactly("REVISE");
        JsonNode indicators = rest().get("/api/codes/" + seen + "/indicators").json();
        assertThat(indicators).isNotEmpty();
        assertThat(get("/api/codes/" + seen + "/indicators/" + indicators.get(0).get("indicatorId").asText()
                + "/readings")).isEqualTo(200);
    }

    static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asText()).toList();
    }
}
