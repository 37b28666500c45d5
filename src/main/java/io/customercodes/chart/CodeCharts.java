package io.customercodes.chart;

import io.customercodes.chart.LineChart.Point;
import io.customercodes.chart.LineChart.Series;
import io.customercodes.code.Code;
import io.customercodes.complaint.ComplaintStatistics;
import io.customercodes.measurement.IndicatorReading;
import io.customercodes.measurement.IndicatorReadings;
import io.customercodes.measurement.IndicatorStatus;
import io.customercodes.satisfaction.SatisfactionAnswers;
import io.customercodes.system.DisplayDates;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The charts of a code over time (ISO 10001 clauses 8.1 to 8.3): each indicator of the published version against
 * its target, customers' satisfaction with the code per month, and, once there are any, complaints per month and
 * promise.
 */
@Component
class CodeCharts {

    /** A chart with the name of its own SVG address under the code's chart page. */
    record Named(String name, LineChart chart) {
    }

    static final String SATISFACTION = "satisfaction";
    static final String COMPLAINTS = "complaints";
    static final String INDICATOR = "indicator-";

    private final IndicatorReadings readings;
    private final SatisfactionAnswers satisfaction;
    private final ComplaintStatistics complaints;

    CodeCharts(IndicatorReadings readings, SatisfactionAnswers satisfaction, ComplaintStatistics complaints) {
        this.readings = readings;
        this.satisfaction = satisfaction;
        this.complaints = complaints;
    }

    /** Every chart of the code, in the order of the page. */
    @Transactional(readOnly = true)
    List<Named> all(Code code) {
        List<Named> charts = new ArrayList<>();
        for (IndicatorStatus indicator : readings.status(code)) {
            charts.add(new Named(INDICATOR + indicator.indicatorId(), indicator(code, indicator)));
        }
        charts.add(new Named(SATISFACTION, satisfaction(code)));
        complaints(code).ifPresent(chart -> charts.add(new Named(COMPLAINTS, chart)));
        return charts;
    }

    @Transactional(readOnly = true)
    Optional<LineChart> named(Code code, String name) {
        return all(code).stream().filter(chart -> chart.name().equals(name)).map(Named::chart).findFirst();
    }

    LineChart indicator(Code code, IndicatorStatus indicator) {
        String unit = indicator.unit() == null ? "" : " " + indicator.unit();
        List<Point> points = readings.history(code, indicator.indicatorId()).stream()
                .map((IndicatorReading r) -> new Point(r.getMeasuredOn(), r.getValue().doubleValue(),
                        r.getValue().stripTrailingZeros().toPlainString() + unit + " on " + DisplayDates.date(r.getMeasuredOn())))
                .toList();
        Double target = indicator.targetValue() == null ? null : indicator.targetValue().doubleValue();
        return new LineChart(indicator.name(), "Readings of " + indicator.name()
                + (indicator.promiseNumber() == null ? "" : " (promise " + indicator.promiseNumber() + ")")
                + " over time against the target, oldest first.", indicator.unit() == null ? "Value" : indicator.unit(),
                List.of(new Series("Readings", points)), target, "Target: " + indicator.target(), null, null);
    }

    LineChart satisfaction(Code code) {
        List<Point> points = satisfaction.monthly(code).stream()
                .map(m -> new Point(m.month().atDay(1), m.average(), month(m.month()) + ": " + score(m.average())
                        + " from " + m.answers() + (m.answers() == 1 ? " answer" : " answers")))
                .toList();
        return new LineChart("Satisfaction with the code", "Average answer per month to “did the code tell you"
                + " clearly what to expect?”, from 1 (not at all) to 5 (completely), oldest first.", "Average score",
                List.of(new Series("Average score", points)), null, null, 1.0, 5.0);
    }

    Optional<LineChart> complaints(Code code) {
        Map<String, Map<YearMonth, Integer>> perPromise = complaints.perMonthAndPromise(code);
        if (perPromise.isEmpty()) {
            return Optional.empty();
        }
        List<Series> series = perPromise.entrySet().stream().map(promise -> new Series(
                "other".equals(promise.getKey()) ? "Other matters" : capitalized(promise.getKey()),
                promise.getValue().entrySet().stream().map(m -> new Point(m.getKey().atDay(1), m.getValue(),
                        month(m.getKey()) + ": " + m.getValue())).toList())).toList();
        return Optional.of(new LineChart("Complaints per month and promise", "Complaints received per month,"
                + " one line per promise, oldest first.", "Complaints", series, null, null, 0.0, null));
    }

    private static String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }

    private static String score(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
