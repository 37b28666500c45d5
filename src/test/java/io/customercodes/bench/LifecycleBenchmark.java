package io.customercodes.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.customercodes.web.CodeWalk;
import io.customercodes.web.EngineRestClient;
import io.customercodes.web.TasklistSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * A rerunnable measurement, not a test that asserts speed: scripts/benchmark.sh starts the app and runs this
 * against it. Walks codes from the start form to published in parallel, the way Tasklist calls the REST API,
 * then reads public pages; reports latency per kind of call and throughput to target/benchmark/report.md.
 */
class LifecycleBenchmark {

    final String baseUrl = System.getProperty("bench.url", "");
    final int codes = Integer.getInteger("bench.codes", 20);
    final int threads = Integer.getInteger("bench.threads", 4);
    final int pageReads = Integer.getInteger("bench.pageReads", 2000);
    final String run = Long.toString(System.currentTimeMillis() % 100000, 36).toUpperCase(Locale.ROOT);

    final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<Long> walks = new ConcurrentLinkedQueue<>();

    @Test
    void walkCodesInParallelAndReadPublicPages() throws Exception {
        assumeTrue(!baseUrl.isEmpty(), "run by scripts/benchmark.sh with -Dbench.url=<app>");
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= codes; i++) {
            keys.add("BENCH-" + run + "-" + i);
        }

        Instant walkStart = Instant.now();
        runAll(keys.stream().<Runnable>map(key -> () -> walk(key)).toList());
        Duration walking = Duration.between(walkStart, Instant.now());

        Instant readStart = Instant.now();
        List<Runnable> reads = new ArrayList<>();
        for (int i = 0; i < pageReads; i++) {
            reads.add(() -> {
                String key = keys.get(ThreadLocalRandom.current().nextInt(keys.size()));
                assertThat(client(null).get(ThreadLocalRandom.current().nextInt(10) == 0 ? "/codes" : "/codes/" + key)
                        .status()).isEqualTo(200);
            });
        }
        runAll(reads);
        Duration reading = Duration.between(readStart, Instant.now());

        report(walking, reading);
    }

    private void walk(String key) {
        long started = System.nanoTime();
        CodeWalk walk = new CodeWalk(user -> new TasklistSession(client(user), user), key);
        walk.start(12);
        walk.developAndApprove();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (client(null).get("/codes/" + key).status() != 200) {
            assertThat(System.nanoTime()).as("publication of %s", key).isLessThan(deadline);
            sleep(100);
        }
        walk.implement();
        walks.add(System.nanoTime() - started);
    }

    private EngineRestClient client(String user) {
        return new EngineRestClient(baseUrl, user, user).observedBy((method, path, nanos, status) ->
                latencies.computeIfAbsent(method + " " + template(path), k -> new ConcurrentLinkedQueue<>())
                        .add(nanos));
    }

    /** One row per kind of call: ids and keys become placeholders. */
    static String template(String path) {
        return path.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}")
                .replaceAll("/codes/BENCH-[A-Z0-9-]+", "/codes/{key}");
    }

    private void runAll(List<Runnable> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Runnable task : work) {
                futures.add(pool.submit(task));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void report(Duration walking, Duration reading) throws IOException {
        StringBuilder md = new StringBuilder("# Customer Codes benchmark\n\n");
        md.append("- app: ").append(baseUrl).append(", ").append(threads).append(" client threads, ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores on this machine\n");
        md.append(String.format(Locale.ROOT, "- %d codes walked from start form to implemented in %.1f s: "
                        + "%.2f codes/s; one walk p50 %.0f ms, p95 %.0f ms%n", codes, seconds(walking),
                codes / seconds(walking), percentile(walks, 50), percentile(walks, 95)));
        md.append(String.format(Locale.ROOT, "- %d public page reads in %.1f s: %.0f pages/s%n%n", pageReads,
                seconds(reading), pageReads / seconds(reading)));
        md.append("| call | count | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|\n");
        new TreeMap<>(latencies).forEach((call, nanos) -> md.append(String.format(Locale.ROOT,
                "| `%s` | %d | %.1f | %.1f | %.1f |%n", call, nanos.size(), percentile(nanos, 50),
                percentile(nanos, 95), percentile(nanos, 100))));
        Path out = Files.createDirectories(Path.of("target", "benchmark")).resolve("report.md");
        Files.writeString(out, md);
        System.out.println(md);
    }

    private static double percentile(ConcurrentLinkedQueue<Long> nanos, int p) {
        List<Long> sorted = nanos.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
