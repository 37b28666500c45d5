package io.customercodes.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.postgres.FreshPostgresDatabase;
import io.customercodes.web.EngineRestClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The demo run's first start walks the sample codes through their processes after the web server listens.
 * Meanwhile the app is alive but not ready, and says so: users wait instead of meeting half-made codes or
 * taking a task the walk is about to complete.
 */
class FirstStartTest {

    /** The four organizations' samples, the sponsor's model code and its two adopters. */
    static final int SAMPLE_CODES = 7;

    final AppProcess app = new AppProcess(Path.of("target", "crash-test", "first-start-" + UUID.randomUUID()),
            FreshPostgresDatabase.active() ? FreshPostgresDatabase.datasourceProperties() : Map.of());

    /** What a probe, an API client and a browser got while the readiness probe said 503 before and after. */
    record Observation(int liveness, int api, String retryAfter, int tasklist, String tasklistType) {
    }

    @AfterEach
    void stop() throws InterruptedException {
        app.stop();
    }

    @Test
    void whileTheSampleCodesAreMadeTheAppIsAliveButNotReadyAndUsersAreAskedToComeBack()
            throws InterruptedException {
        app.start();
        List<Observation> whileNotReady = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        EngineRestClient mary = null;
        while (app.status("/actuator/health/readiness") != 200 && System.nanoTime() < deadline && app.alive()) {
            if (app.status("/actuator/health/readiness") != 503) {
                Thread.sleep(100); // not listening yet
                continue;
            }
            mary = new EngineRestClient(app.port(), "mary");
            int liveness = app.status("/actuator/health/liveness");
            EngineRestClient.Response api = mary.get("/api/codes");
            HttpResponse<String> tasklist = app.get("/camunda/app/tasklist/", "text/html").orElseThrow();
            String retryAfter = app.get("/api/codes", "application/json").orElseThrow().headers()
                    .firstValue("Retry-After").orElse(null);
            if (app.status("/actuator/health/readiness") == 503) {
                whileNotReady.add(new Observation(liveness, api.status(), retryAfter, tasklist.statusCode(),
                        tasklist.headers().firstValue("Content-Type").orElse("")));
            }
        }
        assertThat(app.status("/actuator/health/readiness")).as("readiness at last; see %s", app.log()).isEqualTo(200);

        assertThat(whileNotReady).as("observations while not ready; see %s", app.log()).isNotEmpty()
                .allSatisfy(seen -> {
                    assertThat(seen.liveness()).as("liveness").isEqualTo(200);
                    assertThat(seen.api()).as("GET /api/codes as mary").isEqualTo(503);
                    assertThat(seen.retryAfter()).as("Retry-After").isNotNull();
                    assertThat(seen.tasklist()).as("Tasklist").isEqualTo(503);
                    assertThat(seen.tasklistType()).as("Tasklist's answer").startsWith("text/html");
                });
        assertThat(mary.get("/api/codes").json()).as("codes once ready").hasSize(SAMPLE_CODES);
        assertThat(app.status("/actuator/health")).as("health once ready").isEqualTo(200);
        assertThat(app.get("/codes/FAIR-ONLINE-RETAIL", "text/html").orElseThrow().body())
                .as("sara's model code, adopted by two organizations")
                .contains("Organizations that adopted it").contains("href=\"/codes/HOMEWARE-DIRECT\"")
                .contains("href=\"/codes/CORNER-BOOKS\"");
        assertThat(app.get("/codes/CORNER-BOOKS", "text/html").orElseThrow().body())
                .contains("Based on model code").contains("loosened from ≥ 90 % to ≥ 85 %")
                .contains("we cannot honestly promise 90 %");
        assertThat(mary.get("/api/codes/CORNER-BOOKS").body()).as("the small business among the adopters")
                .contains("\"smallBusiness\":true").contains("\"reviewIntervalMonths\":24")
                .contains("\"modelCodeKey\":\"FAIR-ONLINE-RETAIL\"");
    }
}
