package io.customercodes.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.ProcessScenario;
import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

/**
 * The issue's own case: a code whose lifecycle started on a model that scheduled reviews without the
 * review-interval decision table (release 29b2013, a fixture) waits for its review; after the upgrade its
 * next review is decided by the table.
 */
@SpringBootTest(properties = "camunda.bpm.process-engine-name=upgradeLifecycleBeforeReviewInterval")
@ActiveProfiles("test")
class LifecycleFromBeforeReviewIntervalTest {

    @Autowired
    ProcessScenario scenario;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    @Autowired
    ProcessMigration migration;

    @Test
    void aCodeStartedBeforeTheReviewIntervalTableHasItsNextReviewDecidedByTheTableAfterTheUpgrade() throws IOException {
        deploy("releases/2026-11-25-29b2013/processes/codeLifecycle.bpmn");
        String key = ProcessScenario.uniqueKey("OLD-LIFE");
        ProcessInstance lifecycle = scenario.startCode(key);
        String oldDefinition = lifecycle.getProcessDefinitionId();
        assertThat((Object) repository.getBpmnModelInstance(oldDefinition)
                .getModelElementById("BusinessRuleTask_DecideReviewInterval"))
                .as("the old lifecycle has no review-interval decision").isNull();
        scenario.publishAndImplement(key, "Delivery in 3 days");

        deploy("processes/codeLifecycle.bpmn");
        migration.migrateRunningInstances();
        runBatches();

        String now = runtime.createProcessInstanceQuery().processInstanceId(lifecycle.getId()).singleResult()
                .getProcessDefinitionId();
        assertThat(now).isNotEqualTo(oldDefinition).isEqualTo(repository.createProcessDefinitionQuery()
                .processDefinitionKey("codeLifecycle").latestVersion().singleResult().getId());
        scenario.review(key, "CONTINUE");
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(lifecycle.getId())
                .activityId("BusinessRuleTask_DecideReviewInterval").count()).as("review interval decided").isOne();
        assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(lifecycle.getId())
                .decisionDefinitionKey("reviewInterval").count()).isOne();
        assertThat(runtime.createExecutionQuery().processInstanceId(lifecycle.getId())
                .activityId("Gateway_ReviewTrigger").count()).as("waiting for the next review").isOne();
    }

    private void deploy(String resource) throws IOException {
        try (InputStream model = new ClassPathResource(resource).getInputStream()) {
            repository.createDeployment().addInputStream("codeLifecycle.bpmn", model).deploy();
        }
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
