package io.customercodes.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.web.EngineRestClient;
import io.customercodes.web.TasklistSession;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a code's walk is measured against: a plain process of as many user tasks in a row as the walk works,
 * each with a Camunda Form of one text field, candidate group code-managers, no listeners, no delegates, no
 * gateways. Deployed by the benchmark through the REST API, never with the app, and walked by mary exactly as
 * Tasklist walks ours: task query through the group's filter, claim, deployed form, form variables, submit.
 */
final class BaselineProcess {

    static final String KEY = "benchmarkPlainTasks";
    static final String FILTER = "Code managers";

    private final int tasks;

    BaselineProcess(int tasks) {
        this.tasks = tasks;
    }

    int tasks() {
        return tasks;
    }

    void deploy(String baseUrl, String admin, String password) throws IOException, InterruptedException {
        Map<String, String> resources = new LinkedHashMap<>();
        resources.put(KEY + ".bpmn", bpmn());
        for (int i = 1; i <= tasks; i++) {
            resources.put(formId(i) + ".form", form(i));
        }
        EngineDeployment.deploy(baseUrl, admin, password, KEY + "-" + tasks, resources);
    }

    /** Starts one instance as the admin with the given business key, then works its tasks one by one. */
    void walk(EngineRestClient admin, Function<String, TasklistSession> as, String businessKey) {
        EngineRestClient.Response started = admin.post("/engine-rest/process-definition/key/" + KEY + "/start",
                Map.of("businessKey", businessKey));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        for (int i = 1; i <= tasks; i++) {
            as.apply("mary").claimAndSubmit(FILTER, businessKey, taskName(i), Map.of(fieldKey(i), "done"));
        }
    }

    String bpmn() {
        StringBuilder flow = new StringBuilder("""
                    <bpmn:startEvent id="StartEvent_Started" />
                """);
        String previous = "StartEvent_Started";
        for (int i = 1; i <= tasks; i++) {
            String task = "Task_Step" + i;
            flow.append(String.format("""
                        <bpmn:sequenceFlow id="SequenceFlow_To%s" sourceRef="%s" targetRef="%s" />
                        <bpmn:userTask id="%s" name="%s" camunda:candidateGroups="code-managers" \
                    camunda:formRef="%s" camunda:formRefBinding="deployment" />
                    """, task, previous, task, task, taskName(i), formId(i)));
            previous = task;
        }
        flow.append(String.format("""
                    <bpmn:sequenceFlow id="SequenceFlow_ToEnd" sourceRef="%s" targetRef="EndEvent_Done" />
                    <bpmn:endEvent id="EndEvent_Done" />
                """, previous));
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" \
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_BenchmarkPlainTasks" \
                targetNamespace="http://customer-codes.io/benchmark">
                  <bpmn:process id="%s" name="Benchmark: plain tasks" isExecutable="true" \
                camunda:historyTimeToLive="180">
                %s  </bpmn:process>
                </bpmn:definitions>
                """.formatted(KEY, flow);
    }

    static String form(int i) {
        return """
                {
                  "components": [
                    {"label": "Answer", "type": "textfield", "id": "Field_%s", "key": "%s"}
                  ],
                  "type": "default",
                  "id": "%s",
                  "schemaVersion": 16,
                  "executionPlatform": "Camunda Platform",
                  "executionPlatformVersion": "7.24.0"
                }
                """.formatted(fieldKey(i), fieldKey(i), formId(i));
    }

    static String taskName(int i) {
        return "Plain step " + i;
    }

    static String formId(int i) {
        return "benchmarkPlainStep" + i;
    }

    static String fieldKey(int i) {
        return "answer" + i;
    }
}
