package io.customercodes.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.customercodes.web.CodeWalk;
import io.customercodes.web.EngineRestClient;
import io.customercodes.web.TasklistSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Not a test of the app: scripts/count-statements.sh starts the app with its SQL logged and runs this against it.
 * Walks one code from the start form to implemented and one instance of the plain process of as many tasks
 * ({@link BaselineProcess}), one call at a time, and writes the SQL statements per task and step of both to
 * target/benchmark/statements.md.
 */
class StatementCountBenchmark {

    final String baseUrl = System.getProperty("bench.url", "");
    final String appLog = System.getProperty("bench.appLog", "");
    final String admin = System.getProperty("bench.admin", "demo");
    final String adminPassword = System.getProperty("bench.adminPassword", "demo");
    final String run = Long.toString(System.currentTimeMillis() % 100000, 36).toUpperCase(Locale.ROOT);

    @Test
    void countStatementsPerTaskOfOursAndOfThePlainProcess() throws Exception {
        assumeTrue(!baseUrl.isEmpty() && !appLog.isEmpty(), "run by scripts/count-statements.sh");
        Path log = Path.of(appLog);
        // Warm-up: the first walk fills the engine's caches (deployments, forms), which later walks find filled.
        TaskTimer.Latencies warmUp = new TaskTimer.Latencies();
        walk("COUNT-" + run + "-0", new TaskTimer(warmUp));
        BaselineProcess plain = new BaselineProcess(warmUp.tasks());
        plain.deploy(baseUrl, admin, adminPassword);
        walkPlain(plain, "PLAIN-" + run + "-0", new TaskTimer(new TaskTimer.Latencies()));

        StatementCounter.Counts ours = new StatementCounter.Counts();
        StatementCounter oursCounter = new StatementCounter(log, ours);
        walk("COUNT-" + run + "-1", oursCounter);
        StatementCounter.Counts plainCounts = new StatementCounter.Counts();
        walkPlain(plain, "PLAIN-" + run + "-1", new StatementCounter(log, plainCounts));

        String md = report(ours, plainCounts);
        Path file = Path.of("target", "benchmark", "statements.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, md);
        System.out.println(md);
    }

    private void walk(String key, EngineRestClient.CallObserver observer) {
        CodeWalk walk = new CodeWalk(user -> new TasklistSession(
                new EngineRestClient(baseUrl, user, user).observedBy(observer), user), key);
        walk.start(12);
        walk.developAndApprove();
        // Observed too, so that what the polling costs is not counted against the next task's first call.
        EngineRestClient reader = new EngineRestClient(baseUrl, null, null).observedBy(observer);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (reader.get("/codes/" + key).status() != 200 && System.nanoTime() < deadline) {
            sleep();
        }
        walk.implement();
    }

    private void walkPlain(BaselineProcess plain, String key, EngineRestClient.CallObserver observer) {
        plain.walk(new EngineRestClient(baseUrl, admin, adminPassword),
                user -> new TasklistSession(new EngineRestClient(baseUrl, user, user).observedBy(observer), user), key);
    }

    static String report(StatementCounter.Counts ours, StatementCounter.Counts plain) {
        StringBuilder md = new StringBuilder("## SQL statements executed per task\n\n");
        md.append(String.format(Locale.ROOT, """
                One code walked from its start form to implemented (%d tasks) and one instance of the plain process \
                (%d tasks), one REST call at a time, each call's statements counted from the app's SQL log as they \
                were executed (a batched insert counts its rows): the request's own, and what background threads \
                (the job executor) ran meanwhile. Averages per task.

                """, ours.tasks, plain.tasks));
        md.append("| step | statements | ours | plain | ours − plain |\n|---|---|---:|---:|---:|\n");
        List<String> steps = new ArrayList<>(List.of(TaskTimer.STEPS));
        for (String step : steps) {
            for (StatementCounter.Kind kind : StatementCounter.Kind.values()) {
                double o = ours.perTask(step, kind);
                double p = plain.perTask(step, kind);
                if (o > 0 || p > 0) {
                    md.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %+.1f |%n", step, kind.label, o, p,
                            o - p));
                }
            }
        }
        for (StatementCounter.Kind kind : StatementCounter.Kind.values()) {
            double o = steps.stream().mapToDouble(step -> ours.perTask(step, kind)).sum();
            double p = steps.stream().mapToDouble(step -> plain.perTask(step, kind)).sum();
            md.append(String.format(Locale.ROOT, "| **whole task** | %s | %.1f | %.1f | %+.1f |%n", kind.label, o, p,
                    o - p));
        }
        md.append("\n### What submit-form runs, where ours and the plain process differ (per task)\n\n");
        md.append("| statement | ours | plain |\n|---|---:|---:|\n");
        java.util.Set<String> statements = new java.util.TreeSet<>(ours.submitted.keySet());
        statements.addAll(plain.submitted.keySet());
        for (String statement : statements) {
            double o = ours.submitted.getOrDefault(statement, 0) / (double) Math.max(1, ours.tasks);
            double p = plain.submitted.getOrDefault(statement, 0) / (double) Math.max(1, plain.tasks);
            if (Math.abs(o - p) >= 0.05) {
                md.append(String.format(Locale.ROOT, "| `%s` | %.1f | %.1f |%n", statement.replace("|", "\\|"), o, p));
            }
        }
        return md.toString();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
