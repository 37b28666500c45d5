package io.customercodes.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Random;

/** Nearest-rank percentiles of durations in nanoseconds, reported in milliseconds, and ratios between two. */
final class Percentiles {

    private Percentiles() {
    }

    /** The p-th percentile (nearest rank) in milliseconds; 0 for no samples. */
    static double millis(Collection<Long> nanos, int p) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(rank(p, sorted.size())) / 1e6;
    }

    /** The index of the p-th percentile's nearest rank among {@code size} sorted values. */
    private static int rank(int p, int size) {
        return Math.max(0, Math.min((int) Math.ceil(p / 100.0 * size) - 1, size - 1));
    }

    /** The mean in milliseconds; 0 for no samples. */
    static double meanMillis(Collection<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
    }

    /**
     * How far the ratio of two p-th percentiles moves with the sample: the 2.5th and 97.5th percentiles of that
     * ratio over {@code resamples} bootstrap resamples of each side (drawn with replacement, the same seed each
     * run). Tasks are drawn one by one, as if independent; the interval says how much of a ratio is the draw.
     */
    static double[] ratioInterval(Collection<Long> ours, Collection<Long> baseline, int p, int resamples) {
        long[] o = ours.stream().mapToLong(Long::longValue).toArray();
        long[] b = baseline.stream().mapToLong(Long::longValue).toArray();
        if (o.length == 0 || b.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        Random random = new Random(42);
        double[] ratios = new double[resamples];
        for (int i = 0; i < resamples; i++) {
            ratios[i] = ratio(percentileOfResample(o, p, random), percentileOfResample(b, p, random));
        }
        Arrays.sort(ratios);
        return new double[] {ratios[(int) Math.floor(0.025 * (resamples - 1))],
            ratios[(int) Math.ceil(0.975 * (resamples - 1))]};
    }

    private static double percentileOfResample(long[] values, int p, Random random) {
        long[] drawn = new long[values.length];
        for (int i = 0; i < drawn.length; i++) {
            drawn[i] = values[random.nextInt(values.length)];
        }
        Arrays.sort(drawn);
        return drawn[rank(p, drawn.length)] / 1e6;
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
