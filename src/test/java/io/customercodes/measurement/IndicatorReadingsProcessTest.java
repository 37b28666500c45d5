package io.customercodes.measurement;

import static io.customercodes.ProcessScenario.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.ProcessTest;
import io.customercodes.code.CodeRepository;
import io.customercodes.system.EngineClock;
import io.customercodes.system.FormValues;
import io.customercodes.system.InvalidFormInputException;
import io.customercodes.version.VersionLifecycle;
import io.customercodes.version.VersionState;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class IndicatorReadingsProcessTest extends ProcessTest {

    @Autowired
    TaskService tasks;

    @Autowired
    IndicatorReadings readings;

    @Autowired
    CodeRepository codes;

    @Autowired
    VersionLifecycle lifecycle;

    @Autowired
    IdentityService identity;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    HistoryService history;

    final String key = ProcessScenario.uniqueKey("MEASURE");

    @Test
    void aCodeManagerRecordsReadingsForThePublishedIndicators() {
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Delivery within 3 days");

        ProcessInstance measuring = scenario.start("indicatorReadings", form("codeKey", key));
        assertThat(measuring).hasBusinessKey(key).isWaitingAt("Task_RecordReadings");
        Task task = scenario.task(key, "Task_RecordReadings");
        JsonValue rows = tasks.getVariableLocalTyped(task.getId(), "readings");
        assertThat(rows.getValue().elements()).singleElement()
                .satisfies(row -> assertThat(row.prop("indicator").stringValue()).isEqualTo("Orders on time"));

        scenario.complete("mary", task, form("readings", List.of(Map.of("indicator", "Orders on time",
                "value", 96.5, "measuredOn", EngineClock.today().minusDays(1).toString())), "readingsNote", "Q3"));

        assertThat(measuring).isEnded();
        IndicatorStatus status = readings.status(codes.getByKey(key)).get(0);
        assertThat(status.latestValue()).isEqualByComparingTo("96.5");
        assertThat(status.measuredOn()).isEqualTo(EngineClock.today().minusDays(1));
        assertThat(status.met()).isTrue();
    }

    @Test
    void aSubmissionWithoutAnyNewReadingIsRefused() {
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Delivery within 3 days");
        scenario.start("indicatorReadings", form("codeKey", key));
        Task task = scenario.task(key, "Task_RecordReadings");

        assertThatThrownBy(() -> scenario.complete("mary", task, form("readings",
                List.of(Map.of("indicator", "Orders on time")))))
                .isInstanceOf(InvalidFormInputException.class).hasFieldOrPropertyWithValue("field", "readings");
        assertThat(scenario.task(key, "Task_RecordReadings")).isNotNull();
    }

    @Test
    void aCodeWithoutPublishedVersionCannotBeMeasured() {
        scenario.startCode(key);
        long instances = runtime.createProcessInstanceQuery().processDefinitionKey("indicatorReadings").count();

        assertThatThrownBy(() -> scenario.start("indicatorReadings", form("codeKey", key)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("no published version");
        assertThatThrownBy(() -> scenario.start("indicatorReadings", form("codeKey", "NO-SUCH-CODE")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("no code with key");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("indicatorReadings").count())
                .isEqualTo(instances);
    }

    @Test
    void aNewVersionPublishedWhileReadingsWaitReplacesTheTaskWithTheNewIndicators() {
        ProcessInstance measuring = roundOfImplementedCode();
        Task before = scenario.task(key, "Task_RecordReadings");
        tasks.claim(before.getId(), "mary");

        scenario.revise(key, ProcessScenario.revisedDraftForm());

        assertThat(measuring).hasPassed("BoundaryEvent_PublishedVersionChanged", "ServiceTask_FollowPublishedVersion")
                .isWaitingAt("Task_RecordReadings").variables().containsEntry("readingsStillDue", true);
        Task after = scenario.task(key, "Task_RecordReadings");
        assertThat(after.getId()).isNotEqualTo(before.getId());
        assertThat(after.getAssignee()).as("the new task stays with who had claimed the old one").isEqualTo("mary");
        assertThat(runtime.getVariables(measuring.getId())).doesNotContainKey("readingsPreviousAssignee");
        assertThat(tasks.getVariableLocal(after.getId(), "versionNumber")).isEqualTo(2);
        JsonValue rows = tasks.getVariableLocalTyped(after.getId(), "readings");
        assertThat(rows.getValue().elements()).singleElement()
                .satisfies(row -> assertThat(row.prop("target").stringValue()).contains("98"));

        scenario.complete("mary", after, form("readings", List.of(Map.of("indicator", "Orders on time",
                "value", 97))));

        assertThat(measuring).hasPassed("EndEvent_ReadingsRecorded").isEnded();
        IndicatorStatus status = readings.status(codes.getByKey(key)).get(0);
        assertThat(status.latestValue()).isEqualByComparingTo("97");
        assertThat(status.met()).as("97 %% against the new version's 98 %%").isFalse();
    }

    @Test
    void aSuspendedRoundFollowsTheNewVersionOnceResumed() {
        ProcessInstance measuring = roundOfImplementedCode();
        tasks.claim(scenario.task(key, "Task_RecordReadings").getId(), "mary");
        runtime.suspendProcessInstanceById(measuring.getId());

        scenario.revise(key, ProcessScenario.revisedDraftForm());

        assertThat(suspended(measuring)).as("still suspended").isTrue();
        assertThat(measuring).hasPassed("BoundaryEvent_PublishedVersionChanged")
                .isWaitingAt("ServiceTask_FollowPublishedVersion");
        assertThat(scenario.openTasks(key, "Task_RecordReadings")).as("no task with the old indicators").isEmpty();

        runtime.activateProcessInstanceById(measuring.getId());
        scenario.runAsyncJobs(key);

        Task after = scenario.task(key, "Task_RecordReadings");
        assertThat(after.getAssignee()).isEqualTo("mary");
        assertThat(tasks.getVariableLocal(after.getId(), "versionNumber")).isEqualTo(2);
        scenario.complete("mary", after, form("readings", List.of(Map.of("indicator", "Orders on time",
                "value", 99))));
        assertThat(measuring).hasPassed("EndEvent_ReadingsRecorded").isEnded();
    }

    @Test
    void aSuspendedRoundEndsWhenTheCodeIsWithdrawnByAReviewerWhoMayNotChangeIt() {
        ProcessInstance measuring = roundOfImplementedCode();
        runtime.suspendProcessInstanceById(measuring.getId());

        scenario.review(key, "WITHDRAW"); // tom, top management: no right to resume or suspend a round

        assertThat(suspended(measuring)).as("still suspended").isTrue();
        assertThat(measuring).isWaitingAt("ServiceTask_FollowPublishedVersion");
        assertThat(history.createUserOperationLogQuery().processInstanceId(measuring.getId())
                .operationType(UserOperationLogEntry.OPERATION_TYPE_ACTIVATE).count())
                .as("nobody resumed the round in Cockpit's log").isZero();
        runtime.activateProcessInstanceById(measuring.getId());
        scenario.runAsyncJobs(key);
        assertThat(measuring).hasPassed("EndEvent_ReadingsNoLongerDue").isEnded();
    }

    /** Today only the engine changes versions; a caller outside it, with a user's rights, must not miss a round. */
    @Test
    void aWithdrawalByAUserWhoCannotSeeTheRoundStillEndsIt() {
        ProcessInstance measuring = roundOfImplementedCode();
        Long published = scenario.versions(key).get(0).getId();

        identity.setAuthentication("sam", List.of("stakeholders"));
        try {
            transaction.execute(status -> lifecycle.moveTo(published, VersionState.WITHDRAWN));
        } finally {
            identity.clearAuthentication();
        }

        assertThat(measuring).hasPassed("BoundaryEvent_PublishedVersionChanged")
                .isWaitingAt("ServiceTask_FollowPublishedVersion");
        scenario.runAsyncJobs(key);
        assertThat(measuring).hasPassed("EndEvent_ReadingsNoLongerDue").isEnded();
    }

    @Test
    void aNewVersionWithoutIndicatorsEndsTheOpenReadings() {
        ProcessInstance measuring = roundOfImplementedCode();
        Map<String, Object> unmeasured = ProcessScenario.draftForm("Delivery within 2 days");
        unmeasured.put("indicators", FormValues.json(List.of()));

        scenario.revise(key, unmeasured);

        assertThat(measuring).hasPassed("ServiceTask_FollowPublishedVersion", "EndEvent_ReadingsNoLongerDue")
                .isEnded();
        assertThat(scenario.openTasks(key, "Task_RecordReadings")).isEmpty();
    }

    @Test
    void withdrawingTheCodeEndsTheOpenReadings() {
        ProcessInstance measuring = roundOfImplementedCode();

        scenario.review(key, "WITHDRAW");
        assertThat(measuring).as("the withdrawal committed without the readings round's own work")
                .isWaitingAt("ServiceTask_FollowPublishedVersion");
        scenario.runAsyncJobs(key);

        assertThat(measuring).hasPassed("BoundaryEvent_PublishedVersionChanged", "EndEvent_ReadingsNoLongerDue")
                .isEnded();
        assertThat(scenario.openTasks(key, "Task_RecordReadings")).isEmpty();
        assertThat(readings.status(codes.getByKey(key))).isEmpty();
    }

    @Test
    void anUnclaimedTaskIsReplacedForTheGroupAndAnotherCodesVersionsLeaveItAlone() {
        String other = ProcessScenario.uniqueKey("MEASURE-OTHER");
        for (String code : List.of(key, other)) {
            scenario.startCode(code);
            scenario.publishAndImplement(code, "Delivery within 3 days");
        }
        scenario.start("indicatorReadings", form("codeKey", key));
        Task before = scenario.task(key, "Task_RecordReadings");

        scenario.revise(other, ProcessScenario.revisedDraftForm());
        assertThat(scenario.task(key, "Task_RecordReadings").getId()).as("another code's publication")
                .isEqualTo(before.getId());

        scenario.revise(key, ProcessScenario.revisedDraftForm());
        Task after = scenario.task(key, "Task_RecordReadings");
        assertThat(after.getId()).isNotEqualTo(before.getId());
        assertThat(after.getAssignee()).isNull();
        assertThat(tasks.getIdentityLinksForTask(after.getId())).extracting(link -> link.getGroupId())
                .contains("code-managers");
    }

    /** Code {@link #key}, published and implemented, and a readings round started for it. */
    private ProcessInstance roundOfImplementedCode() {
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Delivery within 3 days");
        return scenario.start("indicatorReadings", form("codeKey", key));
    }

    private boolean suspended(ProcessInstance round) {
        return runtime.createProcessInstanceQuery().processInstanceId(round.getId()).singleResult().isSuspended();
    }
}
