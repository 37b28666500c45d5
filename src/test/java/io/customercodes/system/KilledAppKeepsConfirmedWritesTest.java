package io.customercodes.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.customercodes.postgres.FreshPostgresDatabase;
import io.customercodes.web.EngineRestClient;
import io.customercodes.web.TasklistSession;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every write the app has confirmed survives kill -9 of its JVM: the default run on its H2 file database,
 * or, with the postgres profile, the app on a fresh PostgreSQL database. The demo run's sample codes give
 * a published code to measure (ACME-ONLINE) and a code waiting for tom's approval (NORDLICHT-ENERGY).
 */
class KilledAppKeepsConfirmedWritesTest {

    static final int READINGS = 20;
    static final int SIGKILL = 9;
    static final Duration START = Duration.ofMinutes(3);

    final AppProcess app = new AppProcess(Path.of("target", "crash-test", UUID.randomUUID().toString()),
            FreshPostgresDatabase.active() ? FreshPostgresDatabase.datasourceProperties() : Map.of());

    @AfterEach
    void stop() throws InterruptedException {
        app.stop();
    }

    @Test
    void readingsAndAnApprovalConfirmedRightBeforeAKillAreThereAfterTheRestart() throws InterruptedException {
        app.startAndAwaitReady(START);
        EngineRestClient mary = new EngineRestClient(app.port(), "mary");
        List<Long> indicators = StreamSupport.stream(
                        ok(mary.get("/api/codes/ACME-ONLINE/indicators")).spliterator(), false)
                .map(i -> i.get("indicatorId").asLong()).toList();
        assertThat(indicators).as("indicators of ACME-ONLINE").isNotEmpty();

        List<String> notes = new ArrayList<>();
        for (int i = 0; i < READINGS; i++) {
            String note = "Reading " + i + " before the crash";
            EngineRestClient.Response created = mary.post(readings(indicators.get(i % indicators.size())),
                    Map.of("value", 90 + i, "note", note));
            assertThat(created.status()).as("reading %d: %s", i, created.body()).isEqualTo(201);
            notes.add(note);
        }
        TasklistSession tom = new TasklistSession(app.port(), "tom");
        String approval = tom.findTask("Top management", "NORDLICHT-ENERGY", "Approve code");
        tom.claim(approval);
        EngineRestClient.Response approved = tom.submitTaskForm(approval, Map.of(
                "approvalDecision", "APPROVED", "approvalComment", "Approved just before the crash"));
        assertThat(approved.status()).as("approval: %s", approved.body()).isEqualTo(204);

        assertThat(app.kill()).as("exit status of a JVM killed by SIGKILL").isEqualTo(128 + SIGKILL);

        app.startAndAwaitReady(START);
        EngineRestClient maryAfter = new EngineRestClient(app.port(), "mary");
        List<String> kept = new ArrayList<>();
        for (Long indicator : indicators) {
            ok(maryAfter.get(readings(indicator))).forEach(r -> kept.add(r.path("note").asText()));
        }
        assertThat(kept).as("readings after the restart; the app's log: %s", app.log()).containsAll(notes);
        assertThat(decisions(maryAfter)).as("audit trail of NORDLICHT-ENERGY").contains("1 APPROVAL APPROVED tom");
        EngineRestClient demo = new EngineRestClient(app.port(), "demo");
        assertThat(ok(demo.get("/engine-rest/task?taskDefinitionKey=Task_ApproveCode"
                + "&processInstanceBusinessKey=NORDLICHT-ENERGY"))).as("open approval tasks").isEmpty();
        // Publication is asynchronous: after the restart the job executor finishes it, without waiting for a
        // lock the killed JVM may have taken on the job to expire.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(ok(maryAfter.get("/api/codes/NORDLICHT-ENERGY")).at("/versions/0/state").asText())
                        .as("state of version 1 of NORDLICHT-ENERGY").isEqualTo("PUBLISHED"));
        assertThat(decisions(maryAfter)).contains("1 PUBLICATION PUBLISHED tom");
    }

    private static String readings(Long indicator) {
        return "/api/codes/ACME-ONLINE/indicators/" + indicator + "/readings";
    }

    private static List<String> decisions(EngineRestClient client) {
        return StreamSupport.stream(ok(client.get("/api/codes/NORDLICHT-ENERGY/audit")).spliterator(), false)
                .map(d -> d.get("versionNumber").asText() + " " + d.get("kind").asText() + " "
                        + d.get("decision").asText() + " " + d.get("actor").asText())
                .toList();
    }

    private static JsonNode ok(EngineRestClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
