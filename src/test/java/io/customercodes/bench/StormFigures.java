package io.customercodes.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * What a storm of timers due at one moment came to: when the first and the last start happened after that moment,
 * how many started per second on average and in the busiest window, and how many started in each interval.
 */
record StormFigures(int started, Duration first, Duration all, double meanPerSecond, double peakPerSecond,
        int peakWindowSeconds, List<Integer> perInterval, int intervalSeconds) {

    /**
     * From the instants the starts happened and the moment everything fell due. The mean is over the time from
     * that moment to the last start; the peak is the most starts in any window of {@code window} seconds (sliding
     * by a second, within the storm), per second; the intervals count starts in consecutive slices from the due
     * moment on. Starts before the due moment (clock skew between nodes and database) count into the first slice.
     */
    static StormFigures of(Collection<Instant> starts, Instant due, int window, int interval) {
        if (window < 1 || interval < 1) {
            throw new IllegalArgumentException("Windows and intervals are at least a second");
        }
        List<Long> millis = starts.stream().map(at -> Math.max(0, Duration.between(due, at).toMillis())).sorted()
                .toList();
        if (millis.isEmpty()) {
            return new StormFigures(0, Duration.ZERO, Duration.ZERO, 0, 0, window, List.of(), interval);
        }
        long last = millis.get(millis.size() - 1);
        double mean = last == 0 ? millis.size() : millis.size() / (last / 1000.0);
        return new StormFigures(millis.size(), Duration.ofMillis(millis.get(0)), Duration.ofMillis(last), mean,
                peak(millis, window), window, slices(millis, interval * 1000L), interval);
    }

    private static double peak(List<Long> sorted, int window) {
        long span = window * 1000L;
        int best = 0;
        int from = 0;
        // Windows start at whole seconds; each is [s, s + window).
        for (long start = 0; start <= sorted.get(sorted.size() - 1); start += 1000) {
            while (from < sorted.size() && sorted.get(from) < start) {
                from++;
            }
            int to = from;
            while (to < sorted.size() && sorted.get(to) < start + span) {
                to++;
            }
            best = Math.max(best, to - from);
        }
        return best / (double) window;
    }

    private static List<Integer> slices(List<Long> sorted, long slice) {
        int count = (int) (sorted.get(sorted.size() - 1) / slice) + 1;
        List<Integer> slices = new ArrayList<>(java.util.Collections.nCopies(count, 0));
        for (long at : sorted) {
            int index = (int) (at / slice);
            slices.set(index, slices.get(index) + 1);
        }
        return slices;
    }

    /** Seconds with one decimal, for a markdown cell. */
    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    /** A rate for a markdown cell: whole numbers from 10 on, one decimal below. */
    static String rate(double perSecond) {
        return perSecond >= 10 ? String.format(Locale.ROOT, "%,.0f/s", perSecond)
                : String.format(Locale.ROOT, "%.1f/s", perSecond);
    }
}
