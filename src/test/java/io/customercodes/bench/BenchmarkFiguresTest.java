package io.customercodes.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.LongStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The arithmetic and drawing behind the benchmark's report; the benchmarks themselves need a running app. */
class BenchmarkFiguresTest {

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        List<Long> hundred = LongStream.rangeClosed(1, 100).map(ms -> ms * 1_000_000).boxed().toList();
        assertThat(Percentiles.millis(hundred, 50)).isEqualTo(50.0);
        assertThat(Percentiles.millis(hundred, 99)).isEqualTo(99.0);
        assertThat(Percentiles.millis(hundred, 100)).isEqualTo(100.0);
        assertThat(Percentiles.millis(List.of(7_000_000L), 99)).isEqualTo(7.0);
        assertThat(Percentiles.millis(List.of(), 50)).isZero();
    }

    @Test
    void ratiosSayHowManyTimesTheBaselineOursTakes() {
        assertThat(Percentiles.ratio(30, 12)).isEqualTo(2.5);
        assertThat(Percentiles.times(Percentiles.ratio(30, 12))).isEqualTo("2.50×");
        assertThat(Percentiles.times(Percentiles.ratio(30, 0))).isEqualTo("–");
    }

    @Test
    void theBootstrapIntervalOfARatioHoldsItAndNarrowsWithMoreTasks() {
        java.util.Random draw = new java.util.Random(7);
        List<Long> plain = new java.util.ArrayList<>();
        List<Long> ours = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            long plainTask = 100_000_000L + draw.nextInt(40_000_000);
            plain.add(plainTask);
            ours.add(plainTask * 6 / 5);
        }
        double[] wide = Percentiles.ratioInterval(ours.subList(0, 50), plain.subList(1000, 1050), 50, 2000);
        double[] narrow = Percentiles.ratioInterval(ours, plain.subList(0, 2000), 50, 2000);
        assertThat(narrow[0]).isLessThan(1.2).isGreaterThan(1.1);
        assertThat(narrow[1]).isGreaterThan(1.2).isLessThan(1.3);
        assertThat(wide[1] - wide[0]).isGreaterThan(narrow[1] - narrow[0]);
        assertThat(Percentiles.ratioInterval(ours, plain, 50, 2000)).containsExactly(narrow);
        assertThat(Percentiles.meanMillis(List.of(1_000_000L, 3_000_000L))).isEqualTo(2.0);
        assertThat(LifecycleBenchmark.spread(ours, plain)).contains("Mean per task").contains("1.20×");
    }

    @Test
    void aTaskIsTheSumOfItsCallsUpToItsSubmission() {
        TaskTimer.Latencies sink = new TaskTimer.Latencies();
        TaskTimer timer = new TaskTimer(sink);
        timer.called("GET", "/engine-rest/process-definition/key/codeLifecycle", 50, 200);
        timer.called("POST", "/engine-rest/process-definition/abc/submit-form", 70, 200);
        timer.called("GET", "/engine-rest/filter", 1, 200);
        timer.called("POST", "/engine-rest/filter/f1/list", 2, 200);
        timer.called("POST", "/engine-rest/task/t1/claim", 4, 204);
        timer.called("GET", "/engine-rest/task/t1/deployed-form", 8, 200);
        timer.called("GET", "/engine-rest/task/t1/form-variables", 16, 200);
        timer.called("POST", "/engine-rest/task/t1/submit-form", 32, 204);
        timer.called("GET", "/engine-rest/filter", 100, 200);

        assertThat(sink.tasks()).isEqualTo(1);
        assertThat(sink.of(TaskTimer.TASK)).containsExactly(63L);
        assertThat(sink.of(TaskTimer.QUERY)).containsExactly(3L);
        assertThat(sink.of(TaskTimer.CLAIM)).containsExactly(4L);
        assertThat(sink.of(TaskTimer.SUBMIT)).containsExactly(32L);
    }

    @Test
    void batchesShareTheCodesOut() {
        assertThat(LifecycleBenchmark.batchSizes(20, 3)).containsExactly(7, 7, 6);
        assertThat(LifecycleBenchmark.batchSizes(2, 3)).containsExactly(1, 1);
        assertThat(LifecycleBenchmark.batchSizes(5, 1)).containsExactly(5);
    }

    @Test
    void theChartIsAnSvgWithOneLinePerSeriesScaledIntoThePlot() throws Exception {
        String svg = LatencyChart.svg("p50 <per> task", "codes", "ms", List.of(
                new LatencyChart.Series("ours", "#1f6f8b", List.of(new LatencyChart.Point(1, 40),
                        new LatencyChart.Point(11, 80))),
                new LatencyChart.Series("plain tasks", "#c0392b", List.of(new LatencyChart.Point(1, 20),
                        new LatencyChart.Point(11, 22)))));

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("p50 <per> task");
        NodeList lines = doc.getElementsByTagName("polyline");
        assertThat(lines.getLength()).isEqualTo(2);
        // x axis to 20 (nice ceiling of 11), y to 100 (of 80): plot 416 × 272 px from (64, 40).
        String ours = ((Element) lines.item(0)).getAttribute("points");
        assertThat(ours).isEqualTo("84.8,203.2 292.8,94.4");
        assertThat(svg).contains(">ours<", ">plain tasks<");
    }

    @Test
    void axesEndOnRoundNumbers() {
        assertThat(LatencyChart.niceCeiling(11)).isEqualTo(20);
        assertThat(LatencyChart.niceCeiling(80)).isEqualTo(100);
        assertThat(LatencyChart.niceCeiling(230)).isEqualTo(250);
        assertThat(LatencyChart.niceCeiling(0.4)).isEqualTo(0.5);
        assertThat(LatencyChart.niceCeiling(0)).isEqualTo(1);
    }

    @Test
    void sizesThatSpanDecadesGoOnALogarithmicAxis() throws Exception {
        String svg = LatencyChart.svg("p50", "codes", "ms", List.of(new LatencyChart.Series("ours", "#1f6f8b",
                List.of(new LatencyChart.Point(10, 50), new LatencyChart.Point(10_000, 100)))), true);

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        // Four decades (1 to 10,000) over 416 px from x = 64: 10 at a quarter, 10,000 at the end.
        assertThat(((Element) doc.getElementsByTagName("polyline").item(0)).getAttribute("points"))
                .isEqualTo("168.0,176.0 480.0,40.0");
        assertThat(svg).contains(">1<", ">10<", ">100<", ">1,000<", ">10,000<");
    }

    @Test
    void statementsAreCountedPerExecutionFromTheRequestThreadsOfTheLog() {
        StatementCounter counter = new StatementCounter(java.nio.file.Path.of("target"), new StatementCounter.Counts());
        String entity = "org.camunda.bpm.engine.impl.persistence.entity.";
        List<StatementCounter.Execution> executions = counter.executions(List.of(
                "http-nio-8080-exec-1|" + entity + "VariableInstanceEntity.insertVariableInstance|==>  Preparing:"
                        + " insert into ACT_RU_VARIABLE ( ID_ ) values ( ? )",
                "http-nio-8080-exec-1|" + entity + "VariableInstanceEntity.insertVariableInstance|==> Parameters: 1(String)",
                "http-nio-8080-exec-1|" + entity + "VariableInstanceEntity.insertVariableInstance|==> Parameters: 2(String)",
                "http-nio-8080-exec-1|" + entity + "AuthorizationEntity.x|==>  Preparing: select * from ACT_RU_AUTHORIZATION",
                "http-nio-8080-exec-1|" + entity + "AuthorizationEntity.x|==> Parameters: ",
                "http-nio-8080-exec-1|" + entity + "HistoricTaskInstanceEntity.y|==>  Preparing: insert into ACT_HI_TASKINST",
                "http-nio-8080-exec-1|" + entity + "HistoricTaskInstanceEntity.y|==> Parameters: 3(String)",
                "http-nio-8080-exec-1|org.springframework.jdbc.core.JdbcTemplate|Executing prepared SQL statement [select id from promise where version_id = ?]",
                "camundaTaskExecutor-1|" + entity + "JobEntity.z|==>  Preparing: select 1",
                "camundaTaskExecutor-1|" + entity + "JobEntity.z|==> Parameters: ",
                "main|io.customercodes.Other|Started"));
        java.util.Map<StatementCounter.Kind, Integer> counts = new java.util.TreeMap<>();
        executions.forEach(execution -> StatementCounter.classify(execution, counts));

        assertThat(counts).containsEntry(StatementCounter.Kind.ENGINE, 4)
                .containsEntry(StatementCounter.Kind.AUTHORIZATION, 1).containsEntry(StatementCounter.Kind.HISTORY, 1)
                .containsEntry(StatementCounter.Kind.OURS, 1).containsEntry(StatementCounter.Kind.BACKGROUND, 1);
        assertThat(executions.get(0).statement()).isEqualTo("engine VariableInstanceEntity.insertVariableInstance");
    }
}
