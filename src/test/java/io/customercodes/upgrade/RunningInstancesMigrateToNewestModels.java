package io.customercodes.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.upgrade.ProcessDriver.Path;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.customercodes.system.forms.FormFiller;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.ActiveProfiles;

/**
 * The models of an earlier release (test fixtures under releases/, taken from git) are what this engine
 * deploys at start. An instance is parked at every wait state of them (each user task, call activity, timer or
 * message catch, asynchronous continuation), reached by walking real codes and complaints through their forms.
 * Then the current models (processes/ and forms/ on the classpath, whatever they are now) are deployed and the
 * start-up migration runs: every instance must land on the newest definition and run to its end on it.
 *
 * <p>When a model change breaks this test, add the instruction that maps the changed wait state to
 * {@link RenamedActivities}. At each release, add its models as a fixture and a subclass for it.
 */
@ActiveProfiles("test")
abstract class RunningInstancesMigrateToNewestModels {

    /** The properties that make the engine deploy a release's models (a folder under releases/) at start. */
    static final String DEPLOY_RELEASE = "camunda.bpm.deployment-resource-pattern="
            + "classpath*:releases/${release}/processes/*.bpmn,classpath*:releases/${release}/processes/*.dmn,"
            + "classpath*:releases/${release}/forms/*.form";

    /** Choices that lead every process to an end: approved, accurate, withdrawn at review, answer accepted. */
    static final Path TO_THE_END = new Path("to the end", Map.of(
            "approvalDecision", "APPROVED", "accuracyDecision", "ACCURATE", "consultationOutcome", "PROCEED",
            "consultationPosition", "SUPPORT", "reviewDecision", "WITHDRAW", "recommendation", "WITHDRAW",
            "scopeDecision", "IN_SCOPE", "complainantAnswer", "ACCEPTS", "safetyIssue", false,
            "complainantEmail", "alex@example.test"), Set.of()).with(Map.of(
                    // a draft that lacks nothing the accuracy check looks for, so it passes without a justification
                    "provisions", List.of(
                            Map.of("type", "RESPONSIBILITY", "text", "The customer service lead answers for it"),
                            Map.of("type", "COMPLAINT_CHANNEL", "text", "complaints@example.test"),
                            Map.of("type", "DISPUTE_RESOLUTION", "text", "The Retail ADR scheme"))));

    /**
     * The other ways a wait state can only be reached by: a rejected response, a safety issue (which asks for an
     * ad-hoc review), a complainant who never answers.
     */
    static final List<Path> PATHS = List.of(TO_THE_END,
            TO_THE_END.with(Map.of("complainantAnswer", "REJECTS")),
            TO_THE_END.with(Map.of("safetyIssue", true)),
            new Path("no answer", TO_THE_END.choices(), Set.of("Task_RecordAnswer")));

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    ProcessDriver driver;

    @Autowired
    ProcessScenario scenario;

    @Autowired
    ProcessMigration migration;

    @Autowired
    FormService forms;

    String codeForComplaints;

    @Test
    void instancesWaitingAnywhereInTheEarlierReleaseRunToTheirEndOnTheNewestModels() throws IOException {
        Map<String, String> waitStates = waitStatesOfDeployedModels();
        assertThat(waitStates).as("wait states of the earlier release").isNotEmpty();
        Set<String> businessKeys = new LinkedHashSet<>();
        for (Map.Entry<String, String> waitState : waitStates.entrySet()) {
            if (!driver.waitingAt(anyKey(businessKeys, waitState.getKey()), waitState.getKey())) {
                businessKeys.add(park(waitState.getKey(), waitState.getValue()));
            }
        }
        List<String> notParked = waitStates.keySet().stream()
                .filter(activity -> businessKeys.stream().noneMatch(key -> driver.waitingAt(key, activity))).toList();
        assertThat(notParked).as("wait states no instance waits at before the upgrade").isEmpty();
        List<ProcessInstance> before = businessKeys.stream().flatMap(key -> driver.instances(key).stream()).toList();

        deployCurrentModels();
        List<DefinitionMigration> started = migration.migrateRunningInstances();
        runBatches();

        assertThat(started.stream().flatMap(m -> m.refused().stream()).toList()).as("instances refused").isEmpty();
        assertThat(runtime.createIncidentQuery().count()).as("incidents after the migration").isZero();
        for (ProcessInstance instance : before) {
            ProcessInstance now = runtime.createProcessInstanceQuery().processInstanceId(instance.getId())
                    .singleResult();
            assertThat(now.getProcessDefinitionId()).as("definition of %s (%s) after the migration",
                    instance.getId(), instance.getBusinessKey()).isEqualTo(latest(now.getProcessDefinitionId()));
        }
        assertThat(migration.migrateRunningInstances()).as("a second start finds nothing left to migrate").isEmpty();
        assertThat(before.stream().flatMap(instance -> unarmedBoundaryEvents(instance.getId()).stream()).toList())
                .as("boundary events of the newest models without their subscription or timer").isEmpty();

        Map<String, String> stalled = new LinkedHashMap<>();
        for (String key : businessKeys) {
            driver.driveToEnd(key, TO_THE_END).ifPresent(reason -> stalled.put(key, reason));
        }
        assertThat(stalled).as("migrated instances that did not run to their end").isEmpty();
    }

    /** Starts a code, a complaint or a round of readings and walks it until it waits at the activity. */
    private String park(String activityId, String processKey) {
        for (Path path : PATHS) {
            String key = start(processKey);
            if (driver.driveUntilWaitingAt(key, activityId, path)) {
                return key;
            }
            assertThat(driver.driveToEnd(key, TO_THE_END)).as("walk of %s", key).isEmpty();
        }
        throw new AssertionError("No path of this test reaches " + activityId + " of " + processKey
                + ": add one to PATHS");
    }

    private String start(String processKey) {
        return switch (processKey) {
            case "codeLifecycle", "codeDevelopment", "codeImplementation", "codeReview" -> {
                String key = ProcessScenario.uniqueKey("UPGRADE");
                scenario.start("codeLifecycle", fill("codeLifecycle", Map.of("codeKey", key)));
                yield key;
            }
            case "complaintHandling" -> scenario.fileComplaint(codeForComplaints(), 1).reference();
            case "indicatorReadings" -> {
                String key = codeForComplaints();
                scenario.start("indicatorReadings", fill("indicatorReadings", Map.of("codeKey", key)));
                yield key;
            }
            default -> throw new AssertionError("This test does not know how to start " + processKey);
        };
    }

    private Map<String, Object> fill(String processKey, Map<String, Object> choices) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        Map<String, Object> all = new LinkedHashMap<>(TO_THE_END.choices());
        all.putAll(choices);
        return new FormFiller(all).fill(forms.getDeployedStartForm(definition.getId()), name -> null);
    }

    /** A published code that complaints and readings can name; walked once, then left waiting for its review. */
    private String codeForComplaints() {
        if (codeForComplaints == null) {
            codeForComplaints = ProcessScenario.uniqueKey("UPGRADE-SHOP");
            scenario.start("codeLifecycle", fill("codeLifecycle", Map.of("codeKey", codeForComplaints)));
            assertThat(driver.driveUntilWaitingAt(codeForComplaints, "Gateway_ReviewTrigger", TO_THE_END))
                    .as("%s published and implemented: %s", codeForComplaints, driver.describe(codeForComplaints))
                    .isTrue();
        }
        return codeForComplaints;
    }

    private String anyKey(Set<String> keys, String activityId) {
        return keys.stream().filter(key -> driver.waitingAt(key, activityId)).findFirst().orElse("");
    }

    /** Activity id to process key, for every activity of the deployed models an instance can wait at. */
    private Map<String, String> waitStatesOfDeployedModels() {
        Map<String, String> waitStates = new LinkedHashMap<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                if (isWaitState(node)) {
                    waitStates.put(node.getId(), definition.getKey());
                }
            }
        }
        return waitStates;
    }

    private static boolean isWaitState(FlowNode node) {
        boolean afterEventGateway = node.getIncoming().stream()
                .anyMatch(flow -> flow.getSource() instanceof EventBasedGateway);
        return node instanceof UserTask || node instanceof CallActivity || node instanceof ReceiveTask
                || node instanceof EventBasedGateway
                || node instanceof IntermediateCatchEvent && !afterEventGateway
                || node instanceof Activity && node.isCamundaAsyncBefore()
                || node.isCamundaAsyncAfter();
    }

    private void deployCurrentModels() throws IOException {
        DeploymentBuilder deployment = repository.createDeployment().name("current models");
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> resources = new ArrayList<>();
        for (String pattern : List.of("classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn",
                "classpath*:forms/**/*.form")) {
            resources.addAll(List.of(resolver.getResources(pattern)));
        }
        assertThat(resources).as("current models on the classpath").isNotEmpty();
        for (Resource resource : resources) {
            try (InputStream in = resource.getInputStream()) {
                deployment.addInputStream(resource.getFilename(), in);
            }
        }
        deployment.deploy();
    }

    /** Runs the migration batches' jobs, as the job executor of some node would. */
    private void runBatches() {
        for (int round = 0; round < 100 && management.createBatchQuery().count() > 0; round++) {
            for (Job job : management.createJobQuery().list()) {
                if (job.getProcessInstanceId() == null) {
                    management.executeJob(job.getId());
                }
            }
        }
        assertThat(management.createBatchQuery().count()).as("migration batches left").isZero();
    }

    /** The message and timer boundary events on the instance's current activities that would never fire. */
    private List<String> unarmedBoundaryEvents(String processInstanceId) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult();
        if (instance == null) {
            return List.of();
        }
        BpmnModelInstance model = repository.getBpmnModelInstance(instance.getProcessDefinitionId());
        Map<String, Long> current = new LinkedHashMap<>();
        countActivityInstances(runtime.getActivityInstance(processInstanceId), current);
        List<String> unarmed = new ArrayList<>();
        for (BoundaryEvent event : model.getModelElementsByType(BoundaryEvent.class)) {
            // one per instance of the activity; on a multi-instance activity, one for its body
            String attached = event.getAttachedTo().getId();
            long expected = current.getOrDefault(attached + "#multiInstanceBody",
                    current.getOrDefault(attached, 0L));
            if (expected == 0) {
                continue;
            }
            boolean message = !event.getChildElementsByType(MessageEventDefinition.class).isEmpty();
            boolean timer = !event.getChildElementsByType(TimerEventDefinition.class).isEmpty();
            long armed = message ? runtime.createEventSubscriptionQuery().processInstanceId(processInstanceId)
                    .activityId(event.getId()).count()
                    : timer ? management.createJobQuery().processInstanceId(processInstanceId)
                            .activityId(event.getId()).count() : expected;
            if (armed < expected) {
                unarmed.add(instance.getBusinessKey() + " " + event.getId());
            }
        }
        return unarmed;
    }

    private static void countActivityInstances(ActivityInstance instance, Map<String, Long> counts) {
        counts.merge(instance.getActivityId(), 1L, Long::sum);
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            countActivityInstances(child, counts);
        }
    }

    private String latest(String definitionId) {
        String key = repository.getProcessDefinition(definitionId).getKey();
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult()
                .getId();
    }
}
