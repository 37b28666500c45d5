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
import java.util.Collection;
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
 * against it. Walks codes from the start form to implemented in parallel, the way Tasklist calls the REST API,
 * and beside each code, in the same pool on the same engine, walks a plain process of as many user tasks
 * ({@link BaselineProcess}), so every per-task figure has its baseline. The codes go in batches, so latency
 * is seen against the number of codes already in the database. Then reads public pages. Writes
 * target/benchmark/report.md and the chart task-latency.svg beside it.
 */
class LifecycleBenchmark {

    final String baseUrl = System.getProperty("bench.url", "");
    final int codes = Integer.getInteger("bench.codes", 20);
    final int threads = Integer.getInteger("bench.threads", 4);
    final int pageReads = Integer.getInteger("bench.pageReads", 2000);
    final int points = Integer.getInteger("bench.points", 3);
    final String admin = System.getProperty("bench.admin", "demo");
    final String adminPassword = System.getProperty("bench.adminPassword", "demo");
    final String database = System.getProperty("bench.db", "h2");
    /** "small" on the run's fresh database, "large" once scripts/benchmark.sh has seeded it. */
    final String phase = System.getProperty("bench.phase", "small");
    final boolean atSize = !phase.equals("small");
    /** Codes the seeder put into the database before this phase, counted in each batch's database size. */
    final int seeded = Integer.getInteger("bench.seeded", 0);
    /**
     * Codes (each with a plain instance) walked before the measured ones, not measured. On a fresh database the
     * sample codes have already taken our code through the JIT at start; on a seeded one nothing has.
     */
    final int warmUps = Math.max(1, Integer.getInteger("bench.warmups", 1));
    final String run = Long.toString(System.currentTimeMillis() % 100000, 36).toUpperCase(Locale.ROOT);

    final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<Long> walks = new ConcurrentLinkedQueue<>();
    BaselineProcess plain;

    /** One measured round: how many codes the database held when it began, and both sides' latencies. */
    record Batch(int codesBefore, int codes, TaskTimer.Latencies ours, TaskTimer.Latencies plain) {
    }

    @Test
    void walkCodesBesideAPlainProcessAndReadPublicPages() throws Exception {
        assumeTrue(!baseUrl.isEmpty(), "run by scripts/benchmark.sh with -Dbench.url=<app>");
        // Warm-up, not measured: one code through the JIT and the caches; its submitted tasks are how many
        // user tasks a code's walk goes through, and so how many the plain process has.
        TaskTimer.Latencies warmUp = new TaskTimer.Latencies();
        walk("BENCH-" + run + "-0", warmUp);
        plain = new BaselineProcess(warmUp.tasks());
        plain.deploy(baseUrl, admin, adminPassword);
        walkPlain("PLAIN-" + run + "-0", new TaskTimer.Latencies());
        List<Runnable> moreWarmUps = new ArrayList<>();
        for (int i = 1; i < warmUps; i++) {
            String key = "BENCH-" + run + "-W" + i;
            String plainKey = "PLAIN-" + run + "-W" + i;
            moreWarmUps.add(() -> walk(key, new TaskTimer.Latencies()));
            moreWarmUps.add(() -> walkPlain(plainKey, new TaskTimer.Latencies()));
        }
        runAll(moreWarmUps);
        latencies.clear();
        walks.clear();

        List<String> keys = new ArrayList<>();
        List<Batch> batches = new ArrayList<>();
        int inDatabase = seeded + warmUps;
        Instant walkStart = Instant.now();
        for (int size : batchSizes(codes, points)) {
            Batch batch = new Batch(inDatabase, size, new TaskTimer.Latencies(), new TaskTimer.Latencies());
            List<Runnable> work = new ArrayList<>();
            for (int i = inDatabase; i < inDatabase + size; i++) {
                String key = "BENCH-" + run + "-" + i;
                String plainKey = "PLAIN-" + run + "-" + i;
                keys.add(key);
                work.add(() -> walk(key, batch.ours()));
                work.add(() -> walkPlain(plainKey, batch.plain()));
            }
            runAll(work);
            batches.add(batch);
            inDatabase += size;
        }
        Duration walking = Duration.between(walkStart, Instant.now());

        Instant readStart = Instant.now();
        List<Runnable> reads = new ArrayList<>();
        // Reads at size are ReadBenchmark's: these random picks cover the walked codes only.
        for (int i = 0; i < pageReads; i++) {
            reads.add(() -> {
                String key = keys.get(ThreadLocalRandom.current().nextInt(keys.size()));
                assertThat(client(null).get(ThreadLocalRandom.current().nextInt(10) == 0 ? "/codes" : "/codes/" + key)
                        .status()).isEqualTo(200);
            });
        }
        runAll(reads);
        Duration reading = Duration.between(readStart, Instant.now());

        report(batches, walking, reading);
        appendBatches(batches);
    }

    /** The codes split into about equal batches, the first ones taking the remainder. */
    static List<Integer> batchSizes(int codes, int points) {
        int count = Math.max(1, Math.min(points, codes));
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sizes.add(codes / count + (i < codes % count ? 1 : 0));
        }
        return sizes;
    }

    private void walk(String key, TaskTimer.Latencies tasks) {
        long started = System.nanoTime();
        CodeWalk walk = new CodeWalk(user -> new TasklistSession(
                new EngineRestClient(baseUrl, user, user).observedBy(observed(new TaskTimer(tasks))), user), key);
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

    private void walkPlain(String key, TaskTimer.Latencies tasks) {
        plain.walk(new EngineRestClient(baseUrl, admin, adminPassword),
                user -> new TasklistSession(new EngineRestClient(baseUrl, user, user).observedBy(new TaskTimer(tasks)),
                        user), key);
    }

    private EngineRestClient client(String user) {
        return new EngineRestClient(baseUrl, user, user).observedBy(observed(null));
    }

    /** Every call of ours goes to the per-call table, and to the task's timer when there is one. */
    private EngineRestClient.CallObserver observed(TaskTimer timer) {
        return (method, path, nanos, status) -> {
            latencies.computeIfAbsent(method + " " + template(path), k -> new ConcurrentLinkedQueue<>()).add(nanos);
            if (timer != null) {
                timer.called(method, path, nanos, status);
            }
        };
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

    private void report(List<Batch> batches, Duration walking, Duration reading) throws IOException {
        int tasks = plain.tasks();
        StringBuilder md = new StringBuilder(atSize
                ? "## At size: " + String.format(Locale.ROOT, "%,d", seeded) + " seeded codes\n\n"
                : "# Customer Codes benchmark\n\n");
        md.append("- app: ").append(baseUrl).append(" on ").append(database).append(", ").append(threads)
                .append(" client threads, ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores on this machine (app and client together)\n");
        md.append(String.format(Locale.ROOT, "- %d codes walked from start form to implemented, beside %d instances of "
                        + "the plain process, in %.1f s; one code's walk p50 %.0f ms, p95 %.0f ms%n", codes, codes,
                seconds(walking), Percentiles.millis(walks, 50), Percentiles.millis(walks, 95)));
        if (pageReads > 0) {
            md.append(String.format(Locale.ROOT, "- %d public page reads in %.1f s: %.0f pages/s%n", pageReads,
                    seconds(reading), pageReads / seconds(reading)));
        }
        md.append('\n');

        md.append(atSize ? "### Per task at size\n\n" : "## Per task: ours beside a plain process\n\n");
        md.append(String.format(Locale.ROOT, """
                A code's walk works %d user tasks. The baseline, `%s`, is deployed by the benchmark through \
                `/engine-rest/deployment/create`: %d user tasks in a row, each with a Camunda Form of one text field, \
                candidate group code-managers, no listeners, no delegates. Both are walked by the same client threads, \
                interleaved, with the calls Tasklist makes for a task: the task query through the group's filter \
                (`GET /filter`, `POST /filter/{id}/list`), claim, `GET deployed-form`, `GET form-variables`, \
                `POST submit-form`. A task's latency is the sum of those calls. The engine-wide plugins of the app \
                (task names ending with the business key, the form submission guard) run for both. The codes go in \
                batches; a row's first column counts the codes in the database before it: the seeded ones (at size), \
                and the codes (and as many plain instances) walked before, the unmeasured warm-up (%d of \
                each) included, on top of the demo data.

                """, tasks, BaselineProcess.KEY, tasks, warmUps));
        md.append("| codes in the database | tasks (ours / plain) | ours p50 ms | plain p50 ms | p50 ratio "
                + "| ours p99 ms | plain p99 ms | p99 ratio |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        TaskTimer.Latencies allOurs = new TaskTimer.Latencies();
        TaskTimer.Latencies allPlain = new TaskTimer.Latencies();
        for (Batch batch : batches) {
            md.append(taskRow(String.valueOf(batch.codesBefore()), batch.ours(), batch.plain()));
            allOurs.addAll(batch.ours());
            allPlain.addAll(batch.plain());
        }
        md.append(taskRow("all", allOurs, allPlain));
        md.append(spread(allOurs.of(TaskTimer.TASK), allPlain.of(TaskTimer.TASK)));
        md.append("\n![p50 latency per task against the codes in the database](task-latency.svg)\n\n");

        md.append(atSize ? "### Per step at size\n\n" : "## Per step of a task, all batches\n\n");
        md.append("| step | ours p50 ms | plain p50 ms | p50 ratio | ours p99 ms | plain p99 ms | p99 ratio |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        for (String step : TaskTimer.STEPS) {
            md.append(stepRow(step, allOurs.of(step), allPlain.of(step)));
        }
        md.append(stepRow(TaskTimer.TASK, allOurs.of(TaskTimer.TASK), allPlain.of(TaskTimer.TASK)));
        md.append("\nRatios above 1 are what our forms, listeners, delegates and gateways cost over the plain tasks.\n\n");

        md.append(atSize ? "### Every call of ours at size\n\n" : "## Every call of ours\n\n");
        md.append("| call | count | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|\n");
        new TreeMap<>(latencies).forEach((call, nanos) -> md.append(String.format(Locale.ROOT,
                "| `%s` | %d | %.1f | %.1f | %.1f |%n", call, nanos.size(), Percentiles.millis(nanos, 50),
                Percentiles.millis(nanos, 95), Percentiles.millis(nanos, 100))));

        Path dir = Files.createDirectories(Path.of("target", "benchmark"));
        Files.writeString(dir.resolve(atSize ? "report-" + phase + ".md" : "report.md"), md);
        System.out.println(md);
    }

    /**
     * Adds this phase's batches to target/benchmark/task-batches.tsv (database size, then p50 of ours and of the
     * plain tasks) and draws the chart from every phase's rows, so one chart spans 20 codes and 10,000.
     */
    private void appendBatches(List<Batch> batches) throws IOException {
        Path file = Path.of("target", "benchmark", "task-batches.tsv");
        StringBuilder rows = new StringBuilder();
        for (Batch batch : batches) {
            rows.append(String.format(Locale.ROOT, "%d\t%.1f\t%.1f%n", batch.codesBefore(),
                    Percentiles.millis(batch.ours().of(TaskTimer.TASK), 50),
                    Percentiles.millis(batch.plain().of(TaskTimer.TASK), 50)));
        }
        Files.writeString(file, rows, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(file.resolveSibling("task-latency.svg"), chart(Files.readAllLines(file)));
    }

    private String chart(List<String> rows) {
        List<LatencyChart.Point> ours = new ArrayList<>();
        List<LatencyChart.Point> plainTasks = new ArrayList<>();
        for (String row : rows) {
            String[] cells = row.split("\t");
            double size = Double.parseDouble(cells[0]);
            ours.add(new LatencyChart.Point(size, Double.parseDouble(cells[1])));
            plainTasks.add(new LatencyChart.Point(size, Double.parseDouble(cells[2])));
        }
        boolean spansDecades = ours.stream().mapToDouble(LatencyChart.Point::x).max().orElse(1) >= 1000;
        return LatencyChart.svg("p50 latency per task (" + database + ", " + threads + " threads)",
                "codes in the database" + (spansDecades ? " (log scale)" : ""), "ms per task (sum of its REST calls)",
                List.of(new LatencyChart.Series("ours", "#1f6f8b", ours),
                        new LatencyChart.Series("plain tasks", "#c0392b", plainTasks)), spansDecades);
    }

    private static String taskRow(String label, TaskTimer.Latencies ours, TaskTimer.Latencies plain) {
        Collection<Long> o = ours.of(TaskTimer.TASK);
        Collection<Long> p = plain.of(TaskTimer.TASK);
        return String.format(Locale.ROOT, "| %s | %d / %d | %s%n", label, o.size(), p.size(), ratioCells(o, p));
    }

    /** How much the p50 ratio of all batches is the draw of tasks, and the ratio of the means beside it. */
    static String spread(Collection<Long> ours, Collection<Long> plain) {
        double[] interval = Percentiles.ratioInterval(ours, plain, 50, 2000);
        double oursMean = Percentiles.meanMillis(ours);
        double plainMean = Percentiles.meanMillis(plain);
        return String.format(Locale.ROOT, "%nAll batches: the p50 ratio's 95%% bootstrap interval is %s to %s (2,000 "
                + "resamples of each side's tasks). Mean per task: ours %.1f ms, plain %.1f ms, %s.%n",
                Percentiles.times(interval[0]), Percentiles.times(interval[1]), oursMean, plainMean,
                Percentiles.times(Percentiles.ratio(oursMean, plainMean)));
    }

    private static String stepRow(String step, Collection<Long> ours, Collection<Long> plain) {
        return String.format(Locale.ROOT, "| %s | %s%n", step, ratioCells(ours, plain));
    }

    private static String ratioCells(Collection<Long> ours, Collection<Long> plain) {
        double o50 = Percentiles.millis(ours, 50);
        double p50 = Percentiles.millis(plain, 50);
        double o99 = Percentiles.millis(ours, 99);
        double p99 = Percentiles.millis(plain, 99);
        return String.format(Locale.ROOT, "%.1f | %.1f | %s | %.1f | %.1f | %s |", o50, p50,
                Percentiles.times(Percentiles.ratio(o50, p50)), o99, p99, Percentiles.times(Percentiles.ratio(o99, p99)));
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
