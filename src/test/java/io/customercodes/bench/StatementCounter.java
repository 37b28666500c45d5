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
 * statements ({@code org.hibernate.SQL} and the engine's MyBatis mappers at DEBUG) as {@code thread|logger|message}
 * lines (scripts/count-statements.sh starts it so).
 * The calls must come one after the other: after each call the lines the log grew by are its statements, split
 * into the request's own (Tomcat's threads) and those of background threads (the job executor) in the meantime.
 */
final class StatementCounter implements EngineRestClient.CallObserver {

    enum Kind {
        ENGINE("engine, all"), AUTHORIZATION("engine authorization checks"), HISTORY("engine history writes"),
        OURS("ours (Hibernate and JdbcTemplate)"), BACKGROUND("background threads");

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

    @Override
    public void called(String method, String path, long nanos, int status) {
        String step = TaskTimer.step(method, path);
        List<String> lines = newLines();
        if (step == null) {
            return;
        }
        Map<Kind, Integer> counts = new TreeMap<>();
        for (String line : lines) {
            classify(line, counts);
        }
        counts.forEach((kind, count) -> sink.add(step, kind, count));
        if (step.equals(TaskTimer.SUBMIT)) {
            sink.tasks++;
            lines.stream().map(StatementCounter::statement).filter(java.util.Objects::nonNull)
                    .forEach(statement -> sink.submitted.merge(statement, 1, Integer::sum));
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

    /** A request's statement by what it is: the engine's mapper id, or the first words of ours; null otherwise. */
    static String statement(String line) {
        String[] parts = line.split("\\|", 3);
        if (parts.length < 3 || !parts[0].startsWith("http-nio-")) {
            return null;
        }
        if (parts[2].startsWith("==>  Preparing:")) {
            return "engine " + parts[1].substring(parts[1].lastIndexOf('.', parts[1].lastIndexOf('.') - 1) + 1);
        }
        if (parts[1].equals("org.hibernate.SQL") || parts[2].startsWith("Executing prepared SQL statement")) {
            String sql = parts[2].replace("Executing prepared SQL statement [", "");
            return "ours " + sql.substring(0, Math.min(70, sql.length()));
        }
        return null;
    }

    static void classify(String line, Map<Kind, Integer> counts) {
        boolean engine = line.contains("==>  Preparing:");
        boolean ours = line.contains("|org.hibernate.SQL|") || line.contains("|org.springframework.jdbc.core.JdbcTemplate|")
                && line.contains("Executing prepared SQL statement");
        if (!engine && !ours) {
            return;
        }
        if (!line.startsWith("http-nio-")) {
            counts.merge(Kind.BACKGROUND, 1, Integer::sum);
            return;
        }
        if (ours) {
            counts.merge(Kind.OURS, 1, Integer::sum);
            return;
        }
        counts.merge(Kind.ENGINE, 1, Integer::sum);
        String sql = line.substring(line.indexOf("==>  Preparing:")).toUpperCase(java.util.Locale.ROOT);
        if (sql.contains("ACT_RU_AUTHORIZATION")) {
            counts.merge(Kind.AUTHORIZATION, 1, Integer::sum);
        }
        if (sql.matches(".*(INSERT INTO|UPDATE|DELETE FROM) ACT_HI_.*")) {
            counts.merge(Kind.HISTORY, 1, Integer::sum);
        }
    }
}
