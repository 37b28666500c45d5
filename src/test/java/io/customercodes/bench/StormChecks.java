package io.customercodes.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** What the SQL counts after a storm must come to, and one storm's figures and counts as markdown. */
final class StormChecks {

    /** The machine's load average before and during a storm, and the processor time its nodes used for it. */
    record Load(double before, double mean, double max, double nodeCpuSeconds) {

        /** Processor seconds of the nodes per 1,000 starts. */
        double cpuPerThousand(long started) {
            return started == 0 ? Double.NaN : nodeCpuSeconds * 1000 / started;
        }
    }

    private StormChecks() {
    }

    /** The value each count must have when every timer started its review exactly once and nothing failed. */
    static Map<String, Long> expectations(boolean ours, long expected) {
        Map<String, Long> wanted = new LinkedHashMap<>();
        if (ours) {
            wanted.put("codes", expected);
            wanted.put("review rows", expected);
            wanted.put("codes reviewed", expected);
            wanted.put("codes with two or more reviews", 0L);
            wanted.put("codeReview instances started", expected);
            wanted.put("evaluation tasks for code-managers with a due date", expected);
            wanted.put("review subjects recorded", expected);
            wanted.put("reviews due on the storm's day with a data summary", expected);
            wanted.put("codes still holding a next review date", 0L);
            wanted.put("ad-hoc review subscriptions left", 0L);
        } else {
            wanted.put("instances", expected);
            wanted.put("called instances started", expected);
            wanted.put("instances that called twice or more", 0L);
            wanted.put("user tasks", expected);
        }
        wanted.put("timer jobs left", 0L);
        wanted.put("failed job attempts", 0L);
        wanted.put("incidents", 0L);
        return wanted;
    }

    /** True when every expected count was found with its value. */
    static boolean exactlyOnce(boolean ours, long expected, Map<String, Long> counts) {
        return expectations(ours, expected).entrySet().stream()
                .allMatch(wanted -> wanted.getValue().equals(counts.get(wanted.getKey())));
    }

    static String markdown(boolean ours, long expected, StormFigures figures, Map<String, Long> counts,
            Map<String, Long> nodes, Load load) {
        StringBuilder md = new StringBuilder();
        md.append(ours ? "### Ours: review timers of codeLifecycle\n\n" : "### Bare Camunda: timer, call activity,"
                + " user task\n\n");
        md.append(String.format(Locale.ROOT, "%,d timers due at one moment; load average %.2f before it, %.2f on"
                + " average and %.2f at most while they ran; the two nodes used %,.0f s of processor time, %,.1f s per"
                + " 1,000 starts.%n%n", expected, load.before(), load.mean(), load.max(), load.nodeCpuSeconds(),
                load.cpuPerThousand(figures.started())));
        md.append("| started | first after | all after | mean | busiest 10 s |\n|---:|---:|---:|---:|---:|\n");
        md.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s |%n%n", figures.started(),
                StormFigures.seconds(figures.first()), StormFigures.seconds(figures.all()),
                StormFigures.rate(figures.meanPerSecond()), StormFigures.rate(figures.peakPerSecond())));
        md.append("Starts per ").append(figures.intervalSeconds()).append(" s after the due moment: ");
        md.append(String.join(", ", figures.perInterval().stream().map(String::valueOf).toList())).append("\n\n");
        md.append("Timer jobs done per node: ");
        md.append(String.join(", ", nodes.entrySet().stream()
                .map(node -> String.format(Locale.ROOT, "%s %,d", node.getKey(), node.getValue())).toList()));
        md.append("\n\n| count (SQL) | expected | found | |\n|---|---:|---:|---|\n");
        for (Map.Entry<String, Long> wanted : expectations(ours, expected).entrySet()) {
            Long found = counts.get(wanted.getKey());
            md.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s |%n", wanted.getKey(), wanted.getValue(),
                    found == null ? "–" : String.format(Locale.ROOT, "%,d", found),
                    wanted.getValue().equals(found) ? "ok" : "**WRONG**"));
        }
        md.append("\n").append(exactlyOnce(ours, expected, counts)
                ? "Every timer started exactly once and nothing failed.\n"
                : "**Not exactly once, or something failed: see the counts marked WRONG.**\n");
        return md.toString();
    }
}
