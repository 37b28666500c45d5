package io.customercodes.chart;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * A line chart over time as plain SVG, for pages without JavaScript, Tasklist forms and mails: one line per
 * series, an optional target drawn as a dashed line, and a title, a description and one {@code <title>} per
 * point for screen readers (the pages add the same figures as a table).
 */
public record LineChart(String title, String description, String valueLabel, List<Series> series, Double target,
        String targetLabel, Double lowest, Double highest) {

    /** One value at one day, with the words a screen reader says for it. */
    public record Point(LocalDate on, double value, String text) {
    }

    public record Series(String name, List<Point> points) {
    }

    static final int WIDTH = 640;
    static final int HEIGHT = 300;
    static final int LEFT = 56;
    static final int RIGHT = 16;
    static final int TOP = 40;
    static final int BOTTOM = 64;
    /** Dark enough on white for WCAG's 3:1 for graphics, and told apart by their markers as well as colour. */
    private static final String[] COLOURS = {"#1b4f9c", "#a4161a", "#2d6a2e", "#6a3d9a", "#8a4b00", "#00606b"};

    public boolean empty() {
        return series.stream().allMatch(s -> s.points().isEmpty());
    }

    /** The chart as a standalone SVG document (also fit to be put inline into an HTML page). */
    public String svg(String id) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">").append(xml(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(xml(inWords())).append("</desc>")
                .append("<rect width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" fill=\"#ffffff\"/>")
                .append("<text x=\"").append(LEFT).append("\" y=\"22\" font-family=\"sans-serif\" font-size=\"15\""
                        + " font-weight=\"bold\" fill=\"#1a1a1a\">").append(xml(title)).append("</text>");
        if (empty()) {
            return svg.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT / 2)
                    .append("\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"14\" fill=\"#1a1a1a\">"
                            + "No data yet</text></svg>").toString();
        }
        Scale scale = scale();
        axes(svg, scale);
        if (target != null) {
            double y = scale.y(target);
            svg.append("<line class=\"target\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(n(y)).append("\" y2=\"").append(n(y))
                    .append("\" stroke=\"#1a1a1a\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>")
                    .append("<text x=\"").append(WIDTH - RIGHT).append("\" y=\"").append(n(y - 5))
                    .append("\" text-anchor=\"end\" font-family=\"sans-serif\" font-size=\"12\" fill=\"#1a1a1a\">")
                    .append(xml(targetLabel == null ? "Target " + number(target) : targetLabel)).append("</text>");
        }
        for (int i = 0; i < series.size(); i++) {
            line(svg, series.get(i), COLOURS[i % COLOURS.length], i, scale);
        }
        legend(svg);
        return svg.append("</svg>").toString();
    }

    /** The whole chart in words: the same as the table beside it. */
    public String inWords() {
        StringBuilder text = new StringBuilder(description == null ? "" : description.strip());
        if (target != null) {
            text.append(text.isEmpty() ? "" : " ").append(targetLabel == null ? "Target " + number(target) : targetLabel)
                    .append('.');
        }
        for (Series s : series) {
            text.append(text.isEmpty() ? "" : " ").append(s.name()).append(": ");
            text.append(s.points().isEmpty() ? "no data" : String.join("; ", s.points().stream().map(Point::text).toList()))
                    .append('.');
        }
        return text.toString();
    }

    private void line(StringBuilder svg, Series s, String colour, int index, Scale scale) {
        if (s.points().isEmpty()) {
            return;
        }
        svg.append("<g class=\"series\" fill=\"").append(colour).append("\" stroke=\"").append(colour).append("\">");
        if (s.points().size() > 1) {
            svg.append("<polyline fill=\"none\" stroke-width=\"2\" points=\"");
            for (Point p : s.points()) {
                svg.append(n(scale.x(p.on()))).append(',').append(n(scale.y(p.value()))).append(' ');
            }
            svg.setLength(svg.length() - 1);
            svg.append("\"/>");
        }
        for (Point p : s.points()) {
            double x = scale.x(p.on());
            double y = scale.y(p.value());
            svg.append(index % 2 == 0
                    ? "<circle class=\"point\" cx=\"" + n(x) + "\" cy=\"" + n(y) + "\" r=\"4\""
                    : "<rect class=\"point\" x=\"" + n(x - 4) + "\" y=\"" + n(y - 4) + "\" width=\"8\" height=\"8\"")
                    .append(" data-value=\"").append(number(p.value())).append("\" data-date=\"").append(p.on())
                    .append("\"><title>").append(xml(s.name() + ": " + p.text())).append("</title>")
                    .append(index % 2 == 0 ? "</circle>" : "</rect>");
        }
        svg.append("</g>");
    }

    private void axes(StringBuilder svg, Scale scale) {
        int bottom = HEIGHT - BOTTOM;
        svg.append("<g font-family=\"sans-serif\" font-size=\"12\" fill=\"#1a1a1a\">");
        for (int i = 0; i <= 4; i++) {
            double value = scale.low + (scale.high - scale.low) * i / 4;
            double y = scale.y(value);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(n(y))
                    .append("\" y2=\"").append(n(y)).append("\" stroke=\"#d0d0d0\" stroke-width=\"1\"/>")
                    .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(n(y + 4))
                    .append("\" text-anchor=\"end\">").append(number(value)).append("</text>");
        }
        svg.append("<text x=\"14\" y=\"").append(TOP + (bottom - TOP) / 2).append("\" text-anchor=\"middle\" transform=\"rotate(-90 14 ")
                .append(TOP + (bottom - TOP) / 2).append(")\">").append(xml(valueLabel)).append("</text>");
        svg.append("<text x=\"").append(LEFT).append("\" y=\"").append(bottom + 18).append("\">").append(scale.first)
                .append("</text><text x=\"").append(WIDTH - RIGHT).append("\" y=\"").append(bottom + 18)
                .append("\" text-anchor=\"end\">").append(scale.last).append("</text>");
        svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(bottom)
                .append("\" y2=\"").append(bottom).append("\" stroke=\"#1a1a1a\"/></g>");
    }

    private void legend(StringBuilder svg) {
        int x = LEFT;
        int y = HEIGHT - 18;
        svg.append("<g font-family=\"sans-serif\" font-size=\"12\" fill=\"#1a1a1a\">");
        for (int i = 0; i < series.size(); i++) {
            String colour = COLOURS[i % COLOURS.length];
            svg.append(i % 2 == 0 ? "<circle cx=\"" + (x + 4) + "\" cy=\"" + (y - 4) + "\" r=\"4\" fill=\"" + colour + "\"/>"
                    : "<rect x=\"" + x + "\" y=\"" + (y - 8) + "\" width=\"8\" height=\"8\" fill=\"" + colour + "\"/>");
            String name = series.get(i).name().length() > 40 ? series.get(i).name().substring(0, 39) + "…"
                    : series.get(i).name();
            svg.append("<text x=\"").append(x + 12).append("\" y=\"").append(y).append("\">").append(xml(name)).append("</text>");
            x += 24 + name.length() * 7;
        }
        svg.append("</g>");
    }

    private Scale scale() {
        List<Point> all = series.stream().flatMap(s -> s.points().stream()).toList();
        LocalDate first = all.stream().map(Point::on).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = all.stream().map(Point::on).max(LocalDate::compareTo).orElseThrow();
        double low = lowest != null ? lowest : all.stream().mapToDouble(Point::value).min().orElseThrow();
        double high = highest != null ? highest : all.stream().mapToDouble(Point::value).max().orElseThrow();
        if (target != null) {
            low = Math.min(low, target);
            high = Math.max(high, target);
        }
        if (lowest == null || highest == null) {
            double margin = Math.max((high - low) * 0.1, Math.abs(high) * 0.05 + 1e-9);
            low = lowest != null ? lowest : low - margin;
            high = highest != null ? highest : high + margin;
        }
        if (high - low < 1e-9) {
            high = low + 1;
        }
        return new Scale(first, last, low, high);
    }

    private record Scale(LocalDate first, LocalDate last, double low, double high) {

        double x(LocalDate day) {
            long days = ChronoUnit.DAYS.between(first, last);
            double share = days == 0 ? 0.5 : (double) ChronoUnit.DAYS.between(first, day) / days;
            return LEFT + share * (WIDTH - LEFT - RIGHT);
        }

        double y(double value) {
            return HEIGHT - BOTTOM - (value - low) / (high - low) * (HEIGHT - BOTTOM - TOP);
        }
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e12 ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String xml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Characters XML 1.0 forbids (control characters a user pasted) would make the document unreadable.
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
