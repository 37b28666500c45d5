package io.customercodes.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.customercodes.postgres.FreshPostgresDatabase;
import io.customercodes.system.AppProcess;
import io.customercodes.web.EngineRestClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's backup and restore of the default H2 database: an administrator backs it up while the demo run
 * serves, scripts/restore-h2-backup.sh unpacks the backup into a fresh data folder, and the app started there
 * holds every code, version, review, open task and timer of the original, and its timers fire. H2 only:
 * PostgreSQL is backed up with pg_dump.
 */
class BackupAndRestoreTest {

    static final Duration START = Duration.ofMinutes(3);

    final Path root = Path.of("target", "backup-test", UUID.randomUUID().toString());
    final AppProcess original = new AppProcess(root.resolve("original"), Map.of());
    final AppProcess restored = new AppProcess(root.resolve("restored"), Map.of());

    @AfterEach
    void stop() throws InterruptedException {
        original.stop();
        restored.stop();
    }

    @Test
    void aBackupTakenWhileTheAppRunsRestoresIntoAFreshFolderAndRunsAsTheOriginalDid() throws Exception {
        assumeFalse(FreshPostgresDatabase.active(), "H2 only: PostgreSQL is backed up with pg_dump");
        original.startAndAwaitReady(START);
        EngineRestClient demo = new EngineRestClient(original.port(), "demo");
        assertThat(new EngineRestClient(original.port(), "mary").post("/api/admin/backups", Map.of()).status())
                .as("a code manager asks for a backup").isEqualTo(403);

        // The sample codes' asynchronous work settles first, so that the backup and the look before it agree.
        AtomicReference<Snapshot> settled = new AtomicReference<>(Snapshot.of(demo));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() ->
                settled.getAndSet(Snapshot.of(demo)).equals(settled.get()));
        EngineRestClient.Response backup = demo.post("/api/admin/backups", Map.of());
        assertThat(backup.status()).as(backup.body()).isEqualTo(201);
        Snapshot before = Snapshot.of(demo);
        assertThat(before).isEqualTo(settled.get());
        assertThat(before.timers()).as("timers of the sample codes").isNotEmpty();
        assertThat(before.openTasks()).as("open tasks of the sample codes").isNotEmpty();
        original.stop();

        Path file = Path.of(backup.json().path("file").asText());
        Process restore = new ProcessBuilder("bash", "scripts/restore-h2-backup.sh", file.toString(),
                root.resolve("restored").resolve("data").toString()).redirectErrorStream(true).start();
        String output = new String(restore.getInputStream().readAllBytes());
        assertThat(restore.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(restore.exitValue()).as(output).isZero();

        restored.startAndAwaitReady(START);
        EngineRestClient demoAfter = new EngineRestClient(restored.port(), "demo");
        assertThat(Snapshot.of(demoAfter)).as("the restored app; its log: %s", restored.log()).isEqualTo(before);

        String timer = before.timers().get(0).split(" ")[0];
        String now = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
                .format(ZonedDateTime.now(ZoneOffset.UTC).minusMinutes(1));
        assertThat(demoAfter.put("/engine-rest/job/" + timer + "/duedate", Map.of("duedate", now)).status())
                .isEqualTo(204);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(demoAfter.get("/engine-rest/job/" + timer).status()).as("timer %s", timer).isEqualTo(404));
    }

    /** What a manager finds: codes with their versions and reviews, open tasks and timers, by id. */
    record Snapshot(List<String> codes, List<String> reviews, List<String> openTasks, List<String> timers) {

        static Snapshot of(EngineRestClient client) {
            List<String> codes = new ArrayList<>();
            List<String> reviews = new ArrayList<>();
            for (JsonNode code : ok(client.get("/api/codes"))) {
                String key = code.path("codeKey").asText();
                codes.add(ok(client.get("/api/codes/" + key)).toString());
                reviews.add(key + " " + ok(client.get("/api/codes/" + key + "/reviews")));
            }
            List<String> tasks = new ArrayList<>();
            ok(client.get("/engine-rest/task?sortBy=id&sortOrder=asc")).forEach(task -> tasks.add(task.path("id")
                    .asText() + " " + task.path("taskDefinitionKey").asText() + " " + task.path("name").asText()
                    + " " + task.path("assignee").asText() + " " + task.path("due").asText()));
            List<String> timers = new ArrayList<>();
            ok(client.get("/engine-rest/job?timers=true&sortBy=jobDueDate&sortOrder=asc")).forEach(job -> timers.add(
                    job.path("id").asText() + " " + job.path("dueDate").asText() + " "
                            + job.path("processInstanceId").asText()));
            return new Snapshot(codes, reviews, tasks, timers);
        }

        private static JsonNode ok(EngineRestClient.Response response) {
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            return response.json();
        }
    }
}
