package io.customercodes.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Puts the storms of one run of scripts/review-storm.sh together: {@code report.md} with ours beside the bare
 * engine, their ratio, the job executor settings and the machine, {@code storm.svg} with both storms' progress, and
 * one more row in {@code tuning.md}, which collects the runs of every setting tried.
 *
 * <p>System properties: {@code storm.out}, {@code storm.label}, {@code storm.settings}, {@code storm.machine},
 * {@code storm.command}.
 */
public final class ReviewStormReport {

    private ReviewStormReport() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(System.getProperty("storm.out", "target/review-storm"));
        String label = System.getProperty("storm.label", "run");
        String settings = System.getProperty("storm.settings", "defaults");
        Properties ours = load(out.resolve("ours.properties"));
        Properties bare = Files.exists(out.resolve("bare.properties")) ? load(out.resolve("bare.properties")) : null;
        StringBuilder md = new StringBuilder("# Review storm\n\n");
        md.append("Run `").append(label).append("` at ").append(Instant.now()).append(", rerun with `")
                .append(System.getProperty("storm.command", "scripts/review-storm.sh")).append("`.\n\n");
        md.append("Job executor settings on every node: ").append(settings).append("\n\n");
        md.append("Machine: ").append(System.getProperty("storm.machine", "unknown")).append("\n\n");
        md.append(summary(ours, bare)).append('\n');
        md.append(Files.readString(out.resolve("ours.md"))).append('\n');
        if (bare != null) {
            md.append(Files.readString(out.resolve("bare.md"))).append('\n');
        }
        md.append("![Started over time](storm.svg)\n");
        Files.writeString(out.resolve("report.md"), md);
        Files.writeString(out.resolve("storm.svg"), chart(ours, bare));
        Path tuning = out.resolve("tuning.md");
        if (!Files.exists(tuning)) {
            Files.writeString(tuning, "| run | settings | timers | all started after | mean | busiest 10 s |"
                    + " bare mean | ours / bare | node CPU s per 1,000 | load (mean) | exactly once |\n"
                    + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        }
        Files.writeString(tuning, tuningRow(label, settings, ours, bare), StandardOpenOption.APPEND);
        System.out.print(md);
    }

    static String summary(Properties ours, Properties bare) {
        StringBuilder md = new StringBuilder("| | timers | all started after | mean starts/s | busiest 10 s |"
                + " node CPU s per 1,000 | load average (mean) | exactly once |\n|---|---:|---:|---:|---:|---:|---:|---|\n");
        md.append(row("ours (review starts)", ours));
        if (bare != null) {
            md.append(row("bare Camunda (timer jobs)", bare));
            md.append(String.format(Locale.ROOT, "| ours / bare | | %s | %s | %s | %s | | |%n",
                    Percentiles.times(ratio(ours, bare, "allMillis")),
                    Percentiles.times(ratio(ours, bare, "meanPerSecond")),
                    Percentiles.times(ratio(ours, bare, "peakPerSecond")),
                    Percentiles.times(Percentiles.ratio(cpuPerThousand(ours), cpuPerThousand(bare)))));
        }
        return md.toString();
    }

    private static String row(String name, Properties values) {
        return String.format(Locale.ROOT, "| %s | %,d | %.1f s | %s | %s | %.1f s | %.2f | %s |%n", name,
                Long.parseLong(values.getProperty("started")), number(values, "allMillis") / 1000,
                StormFigures.rate(number(values, "meanPerSecond")), StormFigures.rate(number(values, "peakPerSecond")),
                cpuPerThousand(values), number(values, "meanLoad"), Boolean.parseBoolean(values.getProperty("exactlyOnce")) ? "yes" : "**no**");
    }

    static String tuningRow(String label, String settings, Properties ours, Properties bare) {
        return String.format(Locale.ROOT, "| %s | %s | %,d | %.1f s | %s | %s | %s | %s | %.1f s | %.2f | %s |%n", label,
                settings, Long.parseLong(ours.getProperty("started")), number(ours, "allMillis") / 1000,
                StormFigures.rate(number(ours, "meanPerSecond")), StormFigures.rate(number(ours, "peakPerSecond")),
                bare == null ? "–" : StormFigures.rate(number(bare, "meanPerSecond")),
                bare == null ? "–" : Percentiles.times(ratio(ours, bare, "meanPerSecond")), cpuPerThousand(ours),
                number(ours, "meanLoad"),
                Boolean.parseBoolean(ours.getProperty("exactlyOnce")) ? "yes" : "**no**");
    }

    /** Processor seconds of the nodes per 1,000 starts; NaN when the run did not measure them. */
    static double cpuPerThousand(Properties values) {
        double started = number(values, "started");
        return started > 0 ? number(values, "nodeCpuSeconds") * 1000 / started : Double.NaN;
    }

    private static double ratio(Properties ours, Properties bare, String key) {
        return Percentiles.ratio(number(ours, key), number(bare, key));
    }

    private static double number(Properties values, String key) {
        return Double.parseDouble(values.getProperty(key, "NaN"));
    }

    private static String chart(Properties ours, Properties bare) {
        List<LatencyChart.Series> series = new ArrayList<>();
        series.add(new LatencyChart.Series("ours", "#d62728", points(ours)));
        if (bare != null) {
            series.add(new LatencyChart.Series("bare Camunda", "#1f77b4", points(bare)));
        }
        return LatencyChart.svg("Timers due at one moment: started so far", "seconds after the due moment",
                "started", series);
    }

    static List<LatencyChart.Point> points(Properties values) {
        List<LatencyChart.Point> points = new ArrayList<>();
        for (String point : values.getProperty("progress", "").split(" ")) {
            if (!point.isBlank()) {
                String[] xy = point.split(":");
                points.add(new LatencyChart.Point(Double.parseDouble(xy[0]), Double.parseDouble(xy[1])));
            }
        }
        return points;
    }

    private static Properties load(Path file) throws IOException {
        Properties values = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            values.load(reader);
        }
        return values;
    }
}
