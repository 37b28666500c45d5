package io.customercodes.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The arithmetic and the report of scripts/review-storm.sh; the storm itself needs two running nodes. */
class StormFiguresTest {

    private static final Instant DUE = Instant.parse("2026-11-26T08:00:00Z");

    private static Instant after(long millis) {
        return DUE.plusMillis(millis);
    }

    @Test
    void firstAllMeanAndSlicesCountFromTheDueMoment() {
        List<Instant> starts = new ArrayList<>();
        for (int n = 0; n < 100; n++) {
            starts.add(after(5_000 + n * 100L)); // 10 per second from 5 s to 14.9 s
        }
        StormFigures figures = StormFigures.of(starts, DUE, 10, 5);

        assertThat(figures.started()).isEqualTo(100);
        assertThat(figures.first()).isEqualTo(Duration.ofSeconds(5));
        assertThat(figures.all()).isEqualTo(Duration.ofMillis(14_900));
        assertThat(figures.meanPerSecond()).isCloseTo(100 / 14.9, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(figures.peakPerSecond()).isEqualTo(10.0);
        assertThat(figures.perInterval()).containsExactly(0, 50, 50);
    }

    @Test
    void thePeakIsTheBusiestWindowNotTheMean() {
        List<Instant> starts = new ArrayList<>();
        for (int n = 0; n < 50; n++) {
            starts.add(after(2_000 + n * 10L)); // 50 within half a second
        }
        starts.add(after(60_000));
        StormFigures figures = StormFigures.of(starts, DUE, 10, 30);

        assertThat(figures.peakPerSecond()).isEqualTo(5.0);
        assertThat(figures.meanPerSecond()).isCloseTo(51 / 60.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(figures.perInterval()).containsExactly(50, 0, 1);
    }

    @Test
    void startsStampedBeforeTheDueMomentCountAsAtIt() {
        StormFigures figures = StormFigures.of(List.of(DUE.minusMillis(300), after(1_000)), DUE, 1, 1);

        assertThat(figures.first()).isEqualTo(Duration.ZERO);
        assertThat(figures.perInterval()).containsExactly(1, 1);
    }

    @Test
    void noStartsGiveZeroes() {
        StormFigures figures = StormFigures.of(List.of(), DUE, 10, 30);

        assertThat(figures.started()).isZero();
        assertThat(figures.perInterval()).isEmpty();
        assertThatThrownBy(() -> StormFigures.of(List.of(), DUE, 0, 30)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exactlyOnceNeedsEveryCountAtItsExpectedValue() {
        Map<String, Long> counts = new HashMap<>(StormChecks.expectations(true, 1000));
        assertThat(StormChecks.exactlyOnce(true, 1000, counts)).isTrue();

        counts.put("codes with two or more reviews", 1L);
        assertThat(StormChecks.exactlyOnce(true, 1000, counts)).isFalse();
        assertThat(StormChecks.markdown(true, 1000, StormFigures.of(List.of(after(1)), DUE, 10, 30), counts,
                Map.of("ours-node-a", 600L, "ours-node-b", 400L), new StormChecks.Load(1, 2, 3, 50)))
                .contains("| codes with two or more reviews | 0 | 1 | **WRONG** |")
                .contains("| review rows | 1,000 | 1,000 | ok |")
                .contains("Not exactly once")
                .contains("50 s of processor time, 50,000.0 s per 1,000 starts");

        counts.remove("timer jobs left");
        counts.put("codes with two or more reviews", 0L);
        assertThat(StormChecks.exactlyOnce(true, 1000, counts)).isFalse();
        assertThat(StormChecks.exactlyOnce(false, 1000, StormChecks.expectations(false, 1000))).isTrue();
    }

    @Test
    void theReportPutsOursBesideTheBareEngine() {
        Properties ours = figures("600", "100000", "16.7", "40", "true", "80");
        Properties bare = figures("600", "50000", "33.3", "80", "true", "40");

        assertThat(ReviewStormReport.summary(ours, bare))
                .contains("| ours (review starts) | 1,000 | 100.0 s | 17/s | 40/s | 80.0 s | 3.50 | yes |")
                .contains("| ours / bare | | 2.00× | 0.50× | 0.50× | 2.00× | | |");
        assertThat(ReviewStormReport.tuningRow("pool 4", "core-pool-size=4", ours, null))
                .isEqualTo("| pool 4 | core-pool-size=4 | 1,000 | 100.0 s | 17/s | 40/s | – | – | 80.0 s | 3.50 | yes |\n");
        assertThat(ReviewStormReport.points(ours)).hasSize(2);
    }

    private static Properties figures(String firstMillis, String allMillis, String mean, String peak, String once,
            String cpu) {
        Properties values = new Properties();
        values.setProperty("started", "1000");
        values.setProperty("firstMillis", firstMillis);
        values.setProperty("allMillis", allMillis);
        values.setProperty("meanPerSecond", mean);
        values.setProperty("peakPerSecond", peak);
        values.setProperty("meanLoad", "3.5");
        values.setProperty("exactlyOnce", once);
        values.setProperty("nodeCpuSeconds", cpu);
        values.setProperty("progress", "1.0:10 2.0:20");
        return values;
    }
}
