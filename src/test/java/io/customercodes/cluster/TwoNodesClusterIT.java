package io.customercodes.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.customercodes.ProcessScenario;
import io.customercodes.web.CodeWalk;
import io.customercodes.web.EngineRestClient;
import io.customercodes.web.TasklistSession;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two prod nodes on one PostgreSQL database, started by scripts/two-nodes.sh: a code walked with its
 * tasks done alternately on each node is published once, and its review timer, fired from the REST API
 * as Cockpit does, starts exactly one review although both job executors compete for it.
 */
class TwoNodesClusterIT {

    static final Map<String, String> GROUPS = Map.of("mary", "code-managers", "sam", "stakeholders",
            "carla", "compliance", "tom", "top-management");

    final List<String> nodes = List.of(System.getProperty("cluster.nodes", "").split(","));
    final String adminUser = System.getProperty("cluster.admin.user", "admin");
    final String adminPassword = System.getProperty("cluster.admin.password", "");
    final Map<String, String> passwords = new HashMap<>();
    final AtomicInteger calls = new AtomicInteger();
    final String key = ProcessScenario.uniqueKey("CLUSTER");

    @BeforeEach
    void users() {
        assumeTrue(nodes.size() == 2, "run by scripts/two-nodes.sh with -Dcluster.nodes=<node a>,<node b>");
        EngineRestClient admin = admin(0);
        GROUPS.forEach((user, group) -> {
            String password = "pw-" + UUID.randomUUID();
            passwords.put(user, password);
            Map<String, Object> body = Map.of(
                    "profile", Map.of("id", user, "firstName", user, "lastName", "Cluster", "email", user + "@example.org"),
                    "credentials", Map.of("password", password));
            assertThat(admin.post("/engine-rest/user/create", body).status()).isEqualTo(204);
            assertThat(admin.put("/engine-rest/group/" + group + "/members/" + user, "").status()).isEqualTo(204);
        });
    }

    /** Each call goes to the other node than the call before. */
    TasklistSession as(String user) {
        String node = nodes.get(calls.getAndIncrement() % 2);
        return new TasklistSession(new EngineRestClient(node, user, passwords.get(user)), user);
    }

    EngineRestClient admin(int node) {
        return new EngineRestClient(nodes.get(node), adminUser, adminPassword);
    }

    @Test
    void aCodeWalkedAcrossBothNodesIsPublishedOnceAndItsReviewTimerFiresOnce() {
        CodeWalk walk = new CodeWalk(this::as, key);
        walk.start(12);
        walk.developAndApprove();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(admin(1).get("/codes/" + key).status()).isEqualTo(200));
        walk.implement();

        JsonNode versions = admin(0).get("/api/codes/" + key).json().get("versions");
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).get("state").asText()).isEqualTo("PUBLISHED");

        String lifecycle = admin(0).get("/engine-rest/process-instance?processDefinitionKey=codeLifecycle&businessKey="
                + key).json().get(0).get("id").asText();
        JsonNode timer = await().atMost(Duration.ofSeconds(60)).until(() -> admin(1)
                .get("/engine-rest/job?timers=true&processInstanceId=" + lifecycle).json(), jobs -> jobs.size() == 1)
                .get(0);

        String now = OffsetDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
        assertThat(admin(1).put("/engine-rest/job/" + timer.get("id").asText() + "/duedate",
                Map.of("duedate", now)).status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(admin(0).get("/engine-rest/task?processInstanceBusinessKey=" + key).json())
                        .extracting(t -> t.get("name").asText()).anyMatch(name -> name.startsWith("Evaluate")));
        JsonNode reviews = admin(1).get("/engine-rest/history/process-instance?processDefinitionKey=codeReview"
                + "&processInstanceBusinessKey=" + key).json();
        assertThat(reviews).as("reviews started by one timer on two nodes").hasSize(1);
        JsonNode log = admin(0).get("/engine-rest/history/job-log?jobId=" + timer.get("id").asText()
                + "&successLog=true").json();
        assertThat(log).as("successful executions of the review timer").hasSize(1);
        assertThat(admin(0).get("/engine-rest/incident?processInstanceId=" + lifecycle).json()).isEmpty();
    }
}
