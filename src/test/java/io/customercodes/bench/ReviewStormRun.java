package io.customercodes.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * One storm of scripts/review-storm.sh on nodes that are running: makes every waiting timer due at one moment (in
 * one transaction), watches the database until every review (or, for the bare baseline, every called process) has
 * started, then counts with SQL that each started exactly once and nothing failed, and writes the figures to
 * {@code <storm.out>/<kind>.md} and {@code <kind>.properties} for {@link ReviewStormReport}.
 *
 * <p>System properties: {@code storm.kind} (ours or bare), {@code storm.url}, {@code storm.user},
 * {@code storm.password}, {@code storm.codes}, {@code storm.timeout} (seconds, 900), {@code storm.out}.
 */
public final class ReviewStormRun {

    /** What one kind of storm waits for and counts. */
    enum Kind {
        OURS("Timer_ReviewDue", "select r.started_at from code_review r join code c on c.id = r.code_id"
                + " where c.code_key like 'STORM-%'"),
        BARE("Timer_Due", "select start_time_ from act_hi_procinst where proc_def_key_ = 'stormBaselineReview'");

        final String timer;
        final String startTimes;

        Kind(String timer, String startTimes) {
            this.timer = timer;
            this.startTimes = startTimes;
        }
    }

    private ReviewStormRun() {
    }

    public static void main(String[] args) throws Exception {
        Kind kind = Kind.valueOf(System.getProperty("storm.kind", "ours").toUpperCase(Locale.ROOT));
        int expected = Integer.getInteger("storm.codes", 10_000);
        Duration timeout = Duration.ofSeconds(Integer.getInteger("storm.timeout", 900));
        Path out = Path.of(System.getProperty("storm.out", "target/review-storm"));
        try (Connection db = DriverManager.getConnection(System.getProperty("storm.url"),
                System.getProperty("storm.user", "postgres"), System.getProperty("storm.password", ""))) {
            double loadBefore = load();
            List<String> nodePids = List.of(System.getProperty("storm.pids", "").split(",")).stream()
                    .filter(pid -> !pid.isBlank()).toList();
            double cpuBefore = cpuSeconds(nodePids);
            Instant due = makeDue(db, kind);
            List<Double> loads = new ArrayList<>();
            List<LatencyChart.Point> progress = new ArrayList<>();
            long started = 0;
            while (started < expected && Duration.between(due, Instant.now()).compareTo(timeout) < 0) {
                Thread.sleep(1000);
                started = count(db, "select count(*) from (" + kind.startTimes + ") s");
                double load = load();
                loads.add(load);
                double elapsed = Duration.between(due, Instant.now()).toMillis() / 1000.0;
                progress.add(new LatencyChart.Point(elapsed, started));
                System.out.printf(Locale.ROOT, "%6.0f s  %,7d started  load %.2f%n", elapsed, started, load);
            }
            double nodeCpu = cpuSeconds(nodePids) - cpuBefore;
            Thread.sleep(2000);
            List<Instant> starts = new ArrayList<>();
            try (Statement query = db.createStatement(); ResultSet rows = query.executeQuery(kind.startTimes)) {
                while (rows.next()) {
                    starts.add(rows.getTimestamp(1).toInstant());
                }
            }
            StormFigures figures = StormFigures.of(starts, due, 10, 30);
            Map<String, Long> checks = kind == Kind.OURS ? oursChecks(db, due) : bareChecks(db);
            checks.put("timer jobs left", count(db, "select count(*) from act_ru_job j join act_ru_jobdef d"
                    + " on d.id_ = j.job_def_id_ where d.act_id_ = '" + kind.timer + "'"));
            checks.put("failed job attempts", count(db, "select count(*) from act_hi_job_log where job_state_ = 1"));
            checks.put("incidents", count(db, "select count(*) from act_ru_incident"));
            Map<String, Long> nodes = perNode(db, kind);
            double meanLoad = loads.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            double maxLoad = loads.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            write(out, kind, expected, figures, checks, nodes, new StormChecks.Load(loadBefore, meanLoad, maxLoad,
                    nodeCpu), progress);
        }
    }

    /** Sets every waiting timer of the kind (and, for ours, the review dates it stands for) to now; returns now. */
    private static Instant makeDue(Connection db, Kind kind) throws SQLException {
        db.setAutoCommit(false);
        try (Statement update = db.createStatement()) {
            if (kind == Kind.OURS) {
                update.executeUpdate("update code set next_review_on = current_date where code_key like 'STORM-%'");
                update.executeUpdate("update act_ru_variable set long_ = (extract(epoch from now()) * 1000)::bigint"
                        + " where name_ = 'nextReviewDate'");
            }
            int timers = update.executeUpdate("update act_ru_job j set duedate_ = now() from act_ru_jobdef d"
                    + " where d.id_ = j.job_def_id_ and d.act_id_ = '" + kind.timer + "'");
            ResultSet now = update.executeQuery("select now()");
            now.next();
            Instant due = now.getTimestamp(1).toInstant();
            db.commit();
            System.out.printf("%,d %s timers due at %s%n", timers, kind.timer, due);
            return due;
        } finally {
            db.setAutoCommit(true);
        }
    }

    /**
     * Exactly once, and like a real review: one review row per code, each code's next review date cleared, one
     * codeReview instance and one evaluation task (for code managers, with a due date) per review, each review's
     * subject recorded, its due date the storm's day and its data summary written.
     */
    private static Map<String, Long> oursChecks(Connection db, Instant due) throws SQLException {
        Map<String, Long> checks = new LinkedHashMap<>();
        String storm = " c.code_key like 'STORM-%'";
        checks.put("codes", count(db, "select count(*) from code c where" + storm));
        checks.put("review rows", count(db, "select count(*) from code_review r join code c on c.id = r.code_id"
                + " where" + storm));
        checks.put("codes reviewed", count(db, "select count(distinct r.code_id) from code_review r join code c"
                + " on c.id = r.code_id where" + storm));
        checks.put("codes with two or more reviews", count(db, "select count(*) from (select r.code_id from"
                + " code_review r group by r.code_id having count(*) > 1) twice"));
        checks.put("codeReview instances started", count(db,
                "select count(*) from act_hi_procinst where proc_def_key_ = 'codeReview'"));
        checks.put("evaluation tasks for code-managers with a due date", count(db, "select count(distinct t.id_)"
                + " from act_ru_task t join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = 'candidate'"
                + " and l.group_id_ = 'code-managers' where t.task_def_key_ = 'Task_EvaluateCode'"
                + " and t.due_date_ is not null"));
        checks.put("review subjects recorded", count(db, "select count(*) from process_subject s join code_review r"
                + " on r.id = s.review_id join act_hi_procinst p on p.id_ = s.process_instance_id"
                + " and p.proc_def_key_ = 'codeReview'"));
        checks.put("reviews due on the storm's day with a data summary", count(db, "select count(*) from code_review"
                + " r where r.due_on = current_date and r.data_summary like '%Scheduled review%'"));
        checks.put("codes still holding a next review date", count(db, "select count(*) from code c where" + storm
                + " and c.next_review_on is not null"));
        checks.put("ad-hoc review subscriptions left", count(db, "select count(*) from act_ru_event_subscr"
                + " where event_name_ = 'AdHocReviewRequested'"));
        return checks;
    }

    private static Map<String, Long> bareChecks(Connection db) throws SQLException {
        Map<String, Long> checks = new LinkedHashMap<>();
        checks.put("instances", count(db,
                "select count(*) from act_hi_procinst where proc_def_key_ = 'stormBaseline'"));
        checks.put("called instances started", count(db,
                "select count(*) from act_hi_procinst where proc_def_key_ = 'stormBaselineReview'"));
        checks.put("instances that called twice or more", count(db, "select count(*) from (select"
                + " super_process_instance_id_ from act_hi_procinst where proc_def_key_ = 'stormBaselineReview'"
                + " group by super_process_instance_id_ having count(*) > 1) twice"));
        checks.put("user tasks", count(db, "select count(*) from act_ru_task where task_def_key_ = 'Task_Review'"));
        return checks;
    }

    /** Successful timer jobs per node (the job log's hostname is the node's lock owner for ours). */
    private static Map<String, Long> perNode(Connection db, Kind kind) throws SQLException {
        Map<String, Long> nodes = new LinkedHashMap<>();
        try (PreparedStatement query = db.prepareStatement("select hostname_, count(*) from act_hi_job_log"
                + " where job_state_ = 2 and act_id_ = ? group by hostname_ order by hostname_")) {
            query.setString(1, kind.timer);
            ResultSet rows = query.executeQuery();
            while (rows.next()) {
                nodes.put(rows.getString(1), rows.getLong(2));
            }
        }
        return nodes;
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement query = db.createStatement(); ResultSet rows = query.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * The processor time the node JVMs have used so far (user and system, from /proc/pid/stat), in seconds: per
     * start it says what a storm costs whatever else the shared machine does.
     */
    private static double cpuSeconds(List<String> pids) {
        double ticks = 0;
        for (String pid : pids) {
            try {
                String stat = Files.readString(Path.of("/proc", pid, "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            } catch (IOException | RuntimeException e) {
                return Double.NaN;
            }
        }
        return ticks / 100.0; // USER_HZ
    }

    private static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static void write(Path out, Kind kind, int expected, StormFigures figures, Map<String, Long> checks,
            Map<String, Long> nodes, StormChecks.Load load, List<LatencyChart.Point> progress) throws IOException {
        Files.createDirectories(out);
        String name = kind.name().toLowerCase(Locale.ROOT);
        Properties values = new Properties();
        values.setProperty("expected", String.valueOf(expected));
        values.setProperty("started", String.valueOf(figures.started()));
        values.setProperty("firstMillis", String.valueOf(figures.first().toMillis()));
        values.setProperty("allMillis", String.valueOf(figures.all().toMillis()));
        values.setProperty("meanPerSecond", String.valueOf(figures.meanPerSecond()));
        values.setProperty("peakPerSecond", String.valueOf(figures.peakPerSecond()));
        values.setProperty("loadBefore", String.valueOf(load.before()));
        values.setProperty("meanLoad", String.valueOf(load.mean()));
        values.setProperty("maxLoad", String.valueOf(load.max()));
        values.setProperty("nodeCpuSeconds", String.valueOf(load.nodeCpuSeconds()));
        values.setProperty("exactlyOnce", String.valueOf(StormChecks.exactlyOnce(kind == Kind.OURS, expected, checks)));
        StringBuilder points = new StringBuilder();
        for (LatencyChart.Point point : progress) {
            points.append(String.format(Locale.ROOT, "%.1f:%.0f ", point.x(), point.y()));
        }
        values.setProperty("progress", points.toString().trim());
        try (var writer = Files.newBufferedWriter(out.resolve(name + ".properties"))) {
            values.store(writer, kind + " storm");
        }
        Files.writeString(out.resolve(name + ".md"), StormChecks.markdown(kind == Kind.OURS, expected, figures,
                checks, nodes, load));
    }
}
