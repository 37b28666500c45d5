package io.customercodes.bench;

import java.util.Collection;
import java.util.List;

/** Nearest-rank percentiles of durations in nanoseconds, reported in milliseconds, and ratios between two. */
final class Percentiles {

    private Percentiles() {
    }

    /** The p-th percentile (nearest rank) in milliseconds; 0 for no samples. */
    static double millis(Collection<Long> nanos, int p) {
        List<Long> sorted = nanos.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }

    /** How many times the baseline ours takes; NaN when the baseline has nothing to compare with. */
    static double ratio(double ours, double baseline) {
        return baseline > 0 ? ours / baseline : Double.NaN;
    }

    /** A ratio for a markdown cell: "2.31×", or "–" when there is none. */
    static String times(double ratio) {
        return Double.isNaN(ratio) ? "–" : String.format(java.util.Locale.ROOT, "%.2f×", ratio);
    }
}
