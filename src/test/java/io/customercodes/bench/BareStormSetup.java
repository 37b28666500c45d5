package io.customercodes.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The baseline of scripts/review-storm.sh: fills the fresh database of the bare Camunda app (bench/bare-camunda)
 * with {@code storm.codes} instances of a plain process that waits at a timer and then calls a process with one
 * user task, the shape of our review without any of our code. A standalone engine of the same version and history
 * level creates the schema, deploys both processes and starts the instances; the bare app's nodes then find them.
 *
 * <p>System properties: {@code storm.url}, {@code storm.user}, {@code storm.password}, {@code storm.codes}
 * (10,000), {@code storm.threads} (4).
 */
public final class BareStormSetup {

    static final String PROCESS = "stormBaseline";
    static final String CALLED = "stormBaselineReview";
    static final String TIMER = "Timer_Due";

    private BareStormSetup() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("storm.codes", 10_000);
        int threads = Integer.getInteger("storm.threads", 4);
        ProcessEngine engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setJdbcUrl(System.getProperty("storm.url"))
                .setJdbcUsername(System.getProperty("storm.user", "postgres"))
                .setJdbcPassword(System.getProperty("storm.password", ""))
                .setJdbcDriver("org.postgresql.Driver")
                .setJdbcMaxActiveConnections(threads + 2)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false)
                .setProcessEngineName("bare-storm-setup")
                .buildProcessEngine();
        try {
            engine.getRepositoryService().createDeployment().name("storm-baseline")
                    .addModelInstance(PROCESS + ".bpmn", waitingProcess())
                    .addModelInstance(CALLED + ".bpmn", calledProcess())
                    .deploy();
            Instant start = Instant.now();
            startInstances(engine.getRuntimeService(), count, threads);
            System.out.printf("Started %,d baseline instances waiting at their timer in %d s%n", count,
                    Duration.between(start, Instant.now()).toSeconds());
        } finally {
            engine.close();
        }
    }

    static BpmnModelInstance waitingProcess() {
        return Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(180)
                .startEvent("StartEvent_Waiting")
                .intermediateCatchEvent(TIMER).timerWithDate("${reviewDate}")
                .callActivity("CallActivity_Review").calledElement(CALLED).camundaIn("itemKey", "itemKey")
                .endEvent("EndEvent_Reviewed")
                .done();
    }

    static BpmnModelInstance calledProcess() {
        return Bpmn.createExecutableProcess(CALLED).camundaHistoryTimeToLive(180)
                .startEvent("StartEvent_Review")
                .userTask("Task_Review").camundaCandidateGroups("code-managers").camundaDueDate("P14D")
                .endEvent("EndEvent_Review")
                .done();
    }

    private static void startInstances(RuntimeService runtime, int count, int threads) throws Exception {
        Date tomorrow = Date.from(Instant.now().plus(Duration.ofDays(1)));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int n = 1; n <= count; n++) {
                String key = DatabaseSeeder.key("BARE", n);
                work.add(pool.submit(() -> runtime.startProcessInstanceByKey(PROCESS, key,
                        Map.of("itemKey", key, "reviewDate", tomorrow))));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
