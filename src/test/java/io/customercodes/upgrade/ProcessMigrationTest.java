package io.customercodes.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.customercodes.ProcessTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new version of a model in which one wait state is gone: instances elsewhere move to it, an instance at the
 * removed one stays, with an incident Cockpit shows, and a second start (or a second node) starts nothing twice;
 * an instance at a renamed one moves with the instruction {@link RenamedActivities} would give.
 */
class ProcessMigrationTest extends ProcessTest {

    @Autowired
    ProcessMigration migration;

    @Autowired
    RepositoryService repository;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void anInstanceAtARemovedWaitStateStaysWithAnIncidentWhileTheOthersMove() throws Exception {
        // Short: the engine falls back to a bare id when key:version:id would exceed 64 characters.
        String key = "probe" + Long.toString(System.nanoTime(), 36);
        deploy(model(key, "Task_Kept", "Task_Removed"));
        ProcessInstance atKept = startAt(key, "Task_Kept");
        ProcessInstance atRemoved = startAt(key, "Task_Removed");
        String oldDefinition = atKept.getProcessDefinitionId();
        deploy(model(key, "Task_Kept", "Task_Renamed"));

        // Two nodes starting together: both ask, the lock lets one start the batch and the other find it recorded.
        List<DefinitionMigration> started = Stream.of(
                        CompletableFuture.supplyAsync(migration::migrateRunningInstances),
                        CompletableFuture.supplyAsync(migration::migrateRunningInstances))
                .map(CompletableFuture::join).flatMap(List::stream)
                .filter(m -> m.sourceDefinitionId().equals(oldDefinition)).toList();
        runBatches();

        assertThat(started).as("migrations of %s started by both", oldDefinition).hasSize(1);
        assertThat(started.get(0).migratedInstances()).containsExactly(atKept.getId());
        assertThat(started.get(0).refused()).extracting(Refusal::processInstanceId, Refusal::unmappedActivities)
                .containsExactly(tuple(atRemoved.getId(), List.of("Task_Removed")));
        assertThat(repository.getProcessDefinition(definitionOf(atKept)))
                .extracting(d -> d.getKey(), d -> d.getVersion()).containsExactly(key, 2);
        assertThat(definitionOf(atRemoved)).isEqualTo(oldDefinition);
        List<Incident> incidents = runtime.createIncidentQuery().processInstanceId(atRemoved.getId()).list();
        assertThat(incidents).extracting(Incident::getIncidentType, Incident::getActivityId)
                .containsExactly(tuple(ProcessMigration.INCIDENT_TYPE, "Task_Removed"));
        assertThat(incidents.get(0).getIncidentMessage()).contains(oldDefinition, "Task_Removed", "Cockpit");

        assertThat(migration.migrateRunningInstances()).as("the next start").noneMatch(m ->
                m.sourceDefinitionId().equals(oldDefinition));
        assertThat(runtime.createIncidentQuery().processInstanceId(atRemoved.getId()).count()).isOne();
    }

    @Test
    void anInstanceAtARenamedWaitStateMovesWithTheInstructionForItAndRunsOn() {
        String key = "probe" + Long.toString(System.nanoTime(), 36);
        deploy(model(key, "Task_Kept", "Task_OldName"));
        ProcessInstance atOldName = startAt(key, "Task_OldName");
        String oldDefinition = atOldName.getProcessDefinitionId();
        deploy(model(key, "Task_Kept", "Task_NewName"));
        ProcessMigration withRename = new ProcessMigration(repository, runtime, jdbc, transaction,
                process -> process.equals(key) ? Map.of("Task_OldName", "Task_NewName") : Map.of());

        List<DefinitionMigration> started = withRename.migrateRunningInstances().stream()
                .filter(m -> m.sourceDefinitionId().equals(oldDefinition)).toList();
        runBatches();

        assertThat(started).singleElement().satisfies(m -> {
            assertThat(m.migratedInstances()).containsExactly(atOldName.getId());
            assertThat(m.refused()).isEmpty();
        });
        assertThat(repository.getProcessDefinition(definitionOf(atOldName)).getVersion()).isEqualTo(2);
        Task task = tasks.createTaskQuery().processInstanceId(atOldName.getId()).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_NewName");
        tasks.complete(task.getId());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(atOldName.getId()).count())
                .as("ended on the new model").isZero();
    }

    private static BpmnModelInstance model(String key, String first, String second) {
        return Bpmn.createExecutableProcess(key).startEvent().parallelGateway("Gateway_Fork")
                .userTask(first).endEvent("EndEvent_First")
                .moveToNode("Gateway_Fork").userTask(second).endEvent("EndEvent_Second").done();
    }

    private void deploy(BpmnModelInstance model) {
        repository.createDeployment().addModelInstance("probe.bpmn", model).deploy();
    }

    private ProcessInstance startAt(String key, String activity) {
        return runtime.createProcessInstanceByKey(key).startBeforeActivity(activity).execute();
    }

    private String definitionOf(ProcessInstance instance) {
        return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getProcessDefinitionId();
    }

    private void runBatches() {
        for (int round = 0; round < 50 && management.createBatchQuery().count() > 0; round++) {
            for (Job job : management.createJobQuery().list()) {
                if (job.getProcessInstanceId() == null) {
                    management.executeJob(job.getId());
                }
            }
        }
        assertThat(management.createBatchQuery().count()).isZero();
    }
}
