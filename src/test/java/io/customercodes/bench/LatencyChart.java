package io.customercodes.bench;

import java.util.List;
import java.util.Locale;

/**
 * A small line chart as SVG, drawn without any library: one line per series, the y axis from zero, the x axis from
 * zero or, for sizes that span decades (20 codes and 10,000), logarithmic from 1.
 */
final class LatencyChart {

    record Point(double x, double y) {
    }

    record Series(String name, String color, List<Point> points) {
    }

    private static final int WIDTH = 640;
    private static final int HEIGHT = 360;
    private static final int LEFT = 64;
    private static final int RIGHT = 160;
    private static final int TOP = 40;
    private static final int BOTTOM = 48;
    /** Five steps divide every nice ceiling (1, 2, 2.5, 5 × 10ⁿ) into round numbers. */
    private static final int TICKS = 5;

    private LatencyChart() {
    }

    static String svg(String title, String xLabel, String yLabel, List<Series> series) {
        return svg(title, xLabel, yLabel, series, false);
    }

    static String svg(String title, String xLabel, String yLabel, List<Series> series, boolean logX) {
        double xLargest = series.stream().flatMap(s -> s.points().stream()).mapToDouble(Point::x).max().orElse(1);
        // On the log axis a size just past a power of ten (10,001 codes) ends the axis at that power, not ten times it.
        double xMax = logX ? Math.pow(10, Math.max(1, Math.ceil(Math.log10(xLargest) - 0.01))) : niceCeiling(xLargest);
        int decades = (int) Math.round(Math.log10(xMax));
        double yMax = niceCeiling(series.stream().flatMap(s -> s.points().stream()).mapToDouble(Point::y).max().orElse(1));
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append(format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append(format("<title>%s</title>%n", escape(title)));
        svg.append(format("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(format("<text x=\"%d\" y=\"22\" font-size=\"14\" font-weight=\"bold\">%s</text>%n", LEFT, escape(title)));
        for (int i = 0; i <= TICKS; i++) {
            double yValue = yMax * i / TICKS;
            double y = TOP + plotHeight - plotHeight * i / (double) TICKS;
            svg.append(format("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", LEFT, y,
                    LEFT + plotWidth, y));
            svg.append(format("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT - 6, y + 4, number(yValue)));
            if (!logX) {
                double x = LEFT + plotWidth * i / (double) TICKS;
                svg.append(format("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x,
                        TOP + plotHeight + 16, number(xMax * i / TICKS)));
            }
        }
        for (int decade = 0; logX && decade <= decades; decade++) {
            double x = LEFT + plotWidth * decade / (double) decades;
            svg.append(format("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x,
                    TOP + plotHeight + 16, format("%,.0f", Math.pow(10, decade))));
        }
        svg.append(format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", LEFT, TOP + plotHeight,
                LEFT + plotWidth, TOP + plotHeight));
        svg.append(format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", LEFT, TOP, LEFT,
                TOP + plotHeight));
        svg.append(format("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", LEFT + plotWidth / 2,
                HEIGHT - 10, escape(xLabel)));
        svg.append(format("<text x=\"14\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 14 %d)\">%s</text>%n",
                TOP + plotHeight / 2, TOP + plotHeight / 2, escape(yLabel)));
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            StringBuilder points = new StringBuilder();
            for (Point point : line.points()) {
                double share = logX ? Math.log10(Math.max(1, point.x())) / decades : point.x() / xMax;
                double x = LEFT + plotWidth * share;
                double y = TOP + plotHeight - plotHeight * point.y() / yMax;
                points.append(format("%.1f,%.1f ", x, y));
                svg.append(format("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", x, y, line.color()));
            }
            svg.append(format("<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                    points.toString().strip(), line.color()));
            int legendY = TOP + 12 + 20 * s;
            svg.append(format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                    WIDTH - RIGHT + 16, legendY, WIDTH - RIGHT + 36, legendY, line.color()));
            svg.append(format("<text x=\"%d\" y=\"%d\">%s</text>%n", WIDTH - RIGHT + 42, legendY + 4,
                    escape(line.name())));
        }
        return svg.append("</svg>\n").toString();
    }

    /** The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least the value, so the axis ends round. */
    static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? format("%.0f", value) : format("%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
