package io.customercodes.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.chart.LineChart.Point;
import io.customercodes.chart.LineChart.Series;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class LineChartTest {

    static final LocalDate JAN = LocalDate.of(2026, 1, 15);

    static LineChart readings(double... values) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new Point(JAN.plusMonths(i), values[i], values[i] + " % on " + JAN.plusMonths(i)));
        }
        return new LineChart("Orders on time", "Readings against the target.", "%",
                List.of(new Series("Readings", points)), 95.0, "Target: at least 95 %", null, null);
    }

    static Document parsed(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theChartIsWellFormedSvgWithATitleAndADescriptionScreenReadersAnnounce() throws Exception {
        Document svg = parsed(readings(93.5, 96, 97.25).svg("c1"));
        Element root = svg.getDocumentElement();

        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("c1-title c1-desc");
        Element title = (Element) root.getElementsByTagName("title").item(0);
        assertThat(title.getAttribute("id")).isEqualTo("c1-title");
        assertThat(title.getTextContent()).isEqualTo("Orders on time");
        assertThat(root.getElementsByTagName("desc").item(0).getTextContent())
                .isEqualTo("Readings against the target. Target: at least 95 %. Readings: 93.5 % on 2026-01-15;"
                        + " 96.0 % on 2026-02-15; 97.25 % on 2026-03-15.");
    }

    @Test
    void eachReadingIsAPointAtItsDateAndValueAndTheTargetIsALine() throws Exception {
        Document svg = parsed(readings(90, 100, 95).svg("c2"));
        NodeList points = svg.getElementsByTagName("circle");
        List<Element> readings = new ArrayList<>();
        for (int i = 0; i < points.getLength(); i++) {
            Element point = (Element) points.item(i);
            if ("point".equals(point.getAttribute("class"))) {
                readings.add(point);
            }
        }

        assertThat(readings).extracting(p -> p.getAttribute("data-value")).containsExactly("90", "100", "95");
        assertThat(readings).extracting(p -> p.getAttribute("data-date"))
                .containsExactly("2026-01-15", "2026-02-15", "2026-03-15");
        double x0 = Double.parseDouble(readings.get(0).getAttribute("cx"));
        double x1 = Double.parseDouble(readings.get(1).getAttribute("cx"));
        double x2 = Double.parseDouble(readings.get(2).getAttribute("cx"));
        assertThat(x0).isLessThan(x1).isLessThan(x2);
        double y90 = Double.parseDouble(readings.get(0).getAttribute("cy"));
        double y100 = Double.parseDouble(readings.get(1).getAttribute("cy"));
        double y95 = Double.parseDouble(readings.get(2).getAttribute("cy"));
        assertThat(y100).as("higher values are drawn higher").isLessThan(y95);
        assertThat(y95).isLessThan(y90);
        assertThat(y95 - y100).isCloseTo(y90 - y95, org.assertj.core.data.Offset.offset(0.2));
        assertThat(readings.get(1).getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Readings: 100.0 % on 2026-02-15");

        Element target = null;
        NodeList lines = svg.getElementsByTagName("line");
        for (int i = 0; i < lines.getLength(); i++) {
            if ("target".equals(((Element) lines.item(i)).getAttribute("class"))) {
                target = (Element) lines.item(i);
            }
        }
        assertThat(target).as("the target line").isNotNull();
        assertThat(Double.parseDouble(target.getAttribute("y1"))).isCloseTo(y95, org.assertj.core.data.Offset.offset(0.2));
        assertThat(svg.getElementsByTagName("polyline").item(0).getAttributes().getNamedItem("points").getNodeValue()
                .split(" ")).hasSize(3);
    }

    @Test
    void textFromUsersIsEscapedAndAChartWithoutDataSaysSo() throws Exception {
        LineChart hostile = new LineChart("<script>alert(1)</script> & \"x\"", "\u0001control", "v",
                List.of(new Series("A & B", List.of(new Point(JAN, 3, "<b>3</b>")))), null, null, 1.0, 5.0);
        Document svg = parsed(hostile.svg("c3"));
        assertThat(svg.getElementsByTagName("script").getLength()).isZero();
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("<script>alert(1)</script> & \"x\"");

        LineChart empty = new LineChart("Satisfaction", "Per month.", "Score",
                List.of(new Series("Average", List.of())), null, null, 1.0, 5.0);
        String none = empty.svg("c4");
        parsed(none);
        assertThat(empty.empty()).isTrue();
        assertThat(none).contains("No data yet").contains("<title id=\"c4-title\">Satisfaction</title>");
    }
}
