package io.customercodes.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.customercodes.web.EngineRestClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A rerunnable measurement, not a test that asserts speed: scripts/benchmark.sh starts the app and runs this
 * against it. At rising concurrency it files complaints through {@code POST /api/complaints} and, in the same
 * run on the same engine, starts a bare process with one user task and nothing else through
 * {@code POST /engine-rest/process-definition/key/.../start}, so the cost of our intake (validation, reference,
 * storage, acknowledgement) over the engine's own is a ratio. Report: target/benchmark/complaints.md.
 */
class ComplaintIntakeBenchmark {

    static final String BASELINE_KEY = "benchmarkOneTask";
    static final String BASELINE_BPMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" \
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Benchmark" \
            targetNamespace="http://customer-codes.io/benchmark">
              <bpmn:process id="benchmarkOneTask" name="Benchmark: one task" isExecutable="true" \
            camunda:historyTimeToLive="1">
                <bpmn:startEvent id="StartEvent_Started" />
                <bpmn:sequenceFlow id="SequenceFlow_ToTask" sourceRef="StartEvent_Started" targetRef="Task_Do" />
                <bpmn:userTask id="Task_Do" name="Do it" camunda:candidateGroups="complaint-handlers" />
                <bpmn:sequenceFlow id="SequenceFlow_ToEnd" sourceRef="Task_Do" targetRef="EndEvent_Done" />
                <bpmn:endEvent id="EndEvent_Done" />
              </bpmn:process>
            </bpmn:definitions>
            """;

    final String baseUrl = System.getProperty("bench.url", "");
    final int requests = Integer.getInteger("bench.requests", 200);
    final String codeKey = System.getProperty("bench.codeKey", "ACME-ONLINE");
    final String admin = System.getProperty("bench.admin", "demo");
    final String adminPassword = System.getProperty("bench.adminPassword", "demo");
    final List<Integer> levels = List.of(System.getProperty("bench.levels", "1,2,4,8,16").split(",")).stream()
            .map(String::strip).map(Integer::valueOf).toList();

    record Round(String kind, int concurrency, int requests, double seconds, List<Long> nanos) {

        double throughput() {
            return requests / seconds;
        }

        double percentile(int p) {
            return Percentiles.millis(nanos, p);
        }
    }

    @Test
    void complaintIntakeBesideABareOneTaskProcessAtRisingConcurrency() throws Exception {
        assumeTrue(!baseUrl.isEmpty(), "run by scripts/benchmark.sh with -Dbench.url=<app>");
        deployBaseline();
        EngineRestClient engineAdmin = new EngineRestClient(baseUrl, admin, adminPassword);
        EngineRestClient hank = new EngineRestClient(baseUrl, "hank", "hank");
        Map<String, Object> complaint = Map.of("codeKey", codeKey, "promiseNumber", 1,
                "whatHappened", "The parcel came a week late and nobody answered the phone.",
                "remedyWanted", "Refund of the delivery charge", "complainantName", "Bench Customer",
                "complainantEmail", "bench@example.org", "consentToStore", true);
        // Warm-up: both paths once through the JIT and the caches before anything is measured.
        measure("warm-up", 4, 50, () -> engineAdmin.post("/engine-rest/process-definition/key/" + BASELINE_KEY
                + "/start", "{}").status());
        measure("warm-up", 4, 50, () -> hank.post("/api/complaints", complaint).status());

        List<Round[]> rounds = new ArrayList<>();
        for (int concurrency : levels) {
            Round bare = measure("bare engine: start a one-task process", concurrency, requests,
                    () -> engineAdmin.post("/engine-rest/process-definition/key/" + BASELINE_KEY + "/start", "{}").status());
            Round intake = measure("POST /api/complaints", concurrency, requests,
                    () -> hank.post("/api/complaints", complaint).status());
            rounds.add(new Round[] {bare, intake});
        }
        report(rounds);
    }

    private Round measure(String kind, int concurrency, int count, Supplier<Integer> call) throws Exception {
        List<Long> nanos = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    int status = call.get();
                    nanos.add(System.nanoTime() - t);
                    assertThat(status).as(kind).isBetween(200, 201);
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Round(kind, concurrency, count, (System.nanoTime() - started) / 1e9, nanos);
    }

    private void deployBaseline() throws IOException, InterruptedException {
        EngineDeployment.deploy(baseUrl, admin, adminPassword, "benchmark",
                Map.of("benchmarkOneTask.bpmn", BASELINE_BPMN));
    }

    private void report(List<Round[]> rounds) throws IOException {
        StringBuilder md = new StringBuilder("# Complaint intake beside the bare engine\n\n");
        md.append("- app: ").append(baseUrl).append(", ").append(requests).append(" requests per row, ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores on this machine (app and client)\n");
        md.append("- bare engine: `POST /engine-rest/process-definition/key/").append(BASELINE_KEY)
                .append("/start`, a process with one user task, no listeners, no delegates\n");
        md.append("- intake: `POST /api/complaints` against ").append(codeKey)
                .append(" (validation, reference, complaint row, start of `complaintHandling`,"
                        + " acknowledgement after commit)\n\n");
        md.append("| concurrency | bare req/s | intake req/s | bare p50 ms | intake p50 ms | bare p99 ms | intake p99 ms"
                + " | p50 ratio | p99 ratio | throughput ratio |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Round[] pair : rounds) {
            Round bare = pair[0];
            Round intake = pair[1];
            md.append(String.format(Locale.ROOT, "| %d | %.0f | %.0f | %.1f | %.1f | %.1f | %.1f | %.2f× | %.2f× | %.2f× |%n",
                    bare.concurrency(), bare.throughput(), intake.throughput(), bare.percentile(50),
                    intake.percentile(50), bare.percentile(99), intake.percentile(99),
                    intake.percentile(50) / bare.percentile(50), intake.percentile(99) / bare.percentile(99),
                    bare.throughput() / intake.throughput()));
        }
        md.append("\nRatios above 1 are what our intake costs over starting the bare process.\n");
        Path out = Files.createDirectories(Path.of("target", "benchmark")).resolve("complaints.md");
        Files.writeString(out, md);
        System.out.println(md);
    }
}
