package io.customercodes.bench;

import io.customercodes.web.EngineRestClient;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the SQL statements each REST call of one Tasklist session costs, from the log of an app that logs its
 * statements ({@code JdbcTemplate} and the engine's MyBatis mappers at DEBUG) as {@code thread|logger|message}
 * lines (scripts/count-statements.sh starts it so).
 * The calls must come one after the other: after each call the lines the log grew by are its statements, split
 * into the request's own (Tomcat's threads) and those of background threads (the job executor) in the meantime.
 * A statement counts once per execution, so a batch of inserts counts its rows.
 */
final class StatementCounter implements EngineRestClient.CallObserver {

    enum Kind {
        ENGINE("engine, all"), AUTHORIZATION("engine authorization checks"), HISTORY("engine history writes"),
        OURS("ours (JdbcTemplate)"), BACKGROUND("background threads");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** Statements per step of a task, summed over the tasks, and the number of tasks. */
    static final class Counts {
        final Map<String, Map<Kind, Integer>> perStep = new TreeMap<>();
        /** The request's statements of submit-form by what they are: the engine's mapper id, or our SQL's start. */
        final Map<String, Integer> submitted = new TreeMap<>();
        int tasks;

        void add(String step, Kind kind, int count) {
            perStep.computeIfAbsent(step, k -> new TreeMap<>()).merge(kind, count, Integer::sum);
        }

        double perTask(String step, Kind kind) {
            return tasks == 0 ? 0 : perStep.getOrDefault(step, Map.of()).getOrDefault(kind, 0) / (double) tasks;
        }
    }

    private final Path log;
    private final Counts sink;
    private long offset;

    StatementCounter(Path log, Counts sink) {
        this.log = log;
        this.sink = sink;
        this.offset = log.toFile().length();
    }

    /** One statement executed: by a request's thread or not, the engine's or ours, what it is, its SQL. */
    record Execution(boolean request, boolean engine, String statement, String sql) {
    }

    /** Per thread, the engine statement MyBatis prepared last: its parameters lines are its executions. */
    private final Map<String, String[]> prepared = new java.util.HashMap<>();

    @Override
    public void called(String method, String path, long nanos, int status) {
        String step = TaskTimer.step(method, path);
        List<Execution> executions = executions(newLines());
        if (step == null) {
            return;
        }
        Map<Kind, Integer> counts = new TreeMap<>();
        executions.forEach(execution -> classify(execution, counts));
        counts.forEach((kind, count) -> sink.add(step, kind, count));
        if (step.equals(TaskTimer.SUBMIT)) {
            sink.tasks++;
            executions.stream().filter(Execution::request)
                    .forEach(execution -> sink.submitted.merge(execution.statement(), 1, Integer::sum));
        }
    }

    private List<String> newLines() {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            file.seek(offset);
            byte[] bytes = new byte[(int) (file.length() - offset)];
            file.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            int complete = text.lastIndexOf('\n') + 1;
            offset += text.substring(0, complete).getBytes(StandardCharsets.UTF_8).length;
            return List.of(text.substring(0, complete).split("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The statements the lines show executed. MyBatis logs an engine statement once when it prepares it and its
     * parameters once per execution (the engine's batched inserts run one prepared statement for many rows), so
     * each parameters line is one execution of what its thread prepared last; JdbcTemplate logs each execution
     * (a batch as one).
     */
    List<Execution> executions(List<String> lines) {
        List<Execution> executions = new java.util.ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\\|", 3);
            if (parts.length < 3) {
                continue;
            }
            boolean request = parts[0].startsWith("http-nio-");
            if (parts[2].startsWith("==>  Preparing:")) {
                String mapper = parts[1].substring(parts[1].lastIndexOf('.', parts[1].lastIndexOf('.') - 1) + 1);
                prepared.put(parts[0], new String[] {mapper, parts[2].substring("==>  Preparing:".length()).strip()});
            } else if (parts[2].startsWith("==> Parameters:") && prepared.containsKey(parts[0])) {
                String[] statement = prepared.get(parts[0]);
                executions.add(new Execution(request, true, "engine " + statement[0], statement[1]));
            } else if (parts[2].startsWith("Executing prepared SQL statement [")
                    || parts[2].startsWith("Executing SQL batch update [")) {
                String sql = parts[2].replace("Executing prepared SQL statement [", "")
                        .replace("Executing SQL batch update [", "");
                executions.add(new Execution(request, false, "ours " + sql.substring(0, Math.min(70, sql.length())),
                        sql));
            }
        }
        return executions;
    }

    static void classify(Execution execution, Map<Kind, Integer> counts) {
        if (!execution.request()) {
            counts.merge(Kind.BACKGROUND, 1, Integer::sum);
            return;
        }
        if (!execution.engine()) {
            counts.merge(Kind.OURS, 1, Integer::sum);
            return;
        }
        counts.merge(Kind.ENGINE, 1, Integer::sum);
        String sql = execution.sql().toUpperCase(java.util.Locale.ROOT);
        if (sql.contains("ACT_RU_AUTHORIZATION")) {
            counts.merge(Kind.AUTHORIZATION, 1, Integer::sum);
        }
        if (sql.matches("\\s*(INSERT INTO|UPDATE|DELETE FROM) ACT_HI_.*")) {
            counts.merge(Kind.HISTORY, 1, Integer::sum);
        }
    }
}
