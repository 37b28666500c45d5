package io.customercodes.version;

import static io.customercodes.ProcessScenario.ALL_PRINCIPLES;
import static io.customercodes.ProcessScenario.accuracyForm;
import static io.customercodes.ProcessScenario.draftForm;
import static io.customercodes.ProcessScenario.feedbackForm;
import static io.customercodes.ProcessScenario.form;
import static io.customercodes.ProcessScenario.objectivesForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.customercodes.ProcessTest;
import io.customercodes.audit.DecisionKind;
import io.customercodes.audit.DecisionLog;
import io.customercodes.audit.DecisionRecord;
import io.customercodes.code.InterestedParty;
import io.customercodes.consultation.ConsultationFeedback;
import io.customercodes.consultation.ConsultationFeedbackRepository;
import io.customercodes.consultation.ConsultationPosition;
import io.customercodes.notification.NotificationRepository;
import io.customercodes.system.InvalidFormInputException;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CodeDevelopmentProcessTest extends ProcessTest {

    @Autowired
    ConsultationFeedbackRepository feedback;

    @Autowired
    DecisionLog decisions;

    @Autowired
    NotificationRepository notifications;

    @Autowired
    TaskService taskService;

    String key;
    ProcessInstance development;

    @BeforeEach
    void startCodeWithTwoParties() {
        key = io.customercodes.ProcessScenario.uniqueKey("DEV");
        scenario.startCode(key, "STAFF", "REGULATORS");
        development = instance("codeDevelopment", key);
        assertThat(development).isWaitingAt("Task_SetObjectives");
    }

    Long versionId() {
        return scenario.versions(key).get(0).getId();
    }

    VersionState state() {
        return scenario.versions(key).get(0).getState();
    }

    void draftAndOpenConsultation() {
        scenario.complete("mary", key, "Task_SetObjectives", objectivesForm());
        scenario.complete("mary", key, "Task_DraftCode", draftForm("Delivery within 3 days"));
    }

    void allPartiesSupport() {
        for (Task task : scenario.openTasks(key, "Task_GiveFeedback")) {
            scenario.complete("sam", task, feedbackForm("SUPPORT", null));
        }
    }

    @Test
    void happyPathPublishesTheApprovedVersion() {
        draftAndOpenConsultation();
        assertThat(development).isWaitingAt("Task_GiveFeedback");
        assertThat(scenario.openTasks(key, "Task_GiveFeedback")).hasSize(2);
        assertThat(state()).isEqualTo(VersionState.IN_CONSULTATION);

        allPartiesSupport();
        scenario.complete("mary", key, "Task_ConsolidateFeedback", form("consultationOutcome", "PROCEED"));
        assertThat(development).isWaitingAt("Task_CheckAccuracy");
        assertThat(state()).isEqualTo(VersionState.IN_VERIFICATION);

        scenario.complete("carla", key, "Task_CheckAccuracy", accuracyForm("ACCURATE", ALL_PRINCIPLES, null));
        assertThat(development).isWaitingAt("Task_ApproveCode");
        assertThat(state()).isEqualTo(VersionState.AWAITING_APPROVAL);

        scenario.complete("tom", key, "Task_ApproveCode", form("approvalDecision", "APPROVED"));
        // Publication is asynchronous: a failure becomes an incident, not an error in the approver's Tasklist.
        assertThat(development).isWaitingAt("ServiceTask_PublishVersion");
        scenario.runAsyncJobs(key);

        assertThat(development).hasPassed("EndEvent_VersionPublished").isEnded();
        CodeVersion published = scenario.versions(key).get(0);
        assertThat(published.getState()).isEqualTo(VersionState.PUBLISHED);
        assertThat(published.getPublishedBy()).isEqualTo("tom");
        assertThat(published.getPromises()).extracting(Promise::getText)
                .containsExactly("Delivery within 3 days", "Refunds within 5 days");
        assertThat(decisions.forVersion(versionId())).extracting(DecisionRecord::getKind, DecisionRecord::getActor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DecisionKind.CONSULTATION_OUTCOME, "mary"),
                        org.assertj.core.groups.Tuple.tuple(DecisionKind.ACCURACY, "carla"),
                        org.assertj.core.groups.Tuple.tuple(DecisionKind.APPROVAL, "tom"),
                        org.assertj.core.groups.Tuple.tuple(DecisionKind.PUBLICATION, "tom"));
    }

    @Test
    void eachPartysPositionAndCommentsAreStoredWithWhoAndWhen() {
        draftAndOpenConsultation();
        List<Task> tasks = scenario.openTasks(key, "Task_GiveFeedback");
        assertThat(tasks).extracting(Task::getName).allMatch(name -> name.endsWith(key))
                .anyMatch(name -> name.contains("Staff")).anyMatch(name -> name.contains("Regulators"));
        for (Task task : tasks) {
            scenario.complete("sam", task, task.getName().contains("Staff")
                    ? feedbackForm("SUPPORT_WITH_CHANGES", "Name the team responsible")
                    : feedbackForm("OBJECT", "The refund promise contradicts the terms"));
        }
        List<ConsultationFeedback> stored = feedback.findByVersionIdAndRoundOrderByIdAsc(versionId(), 1);
        assertThat(stored).extracting(ConsultationFeedback::getParty, ConsultationFeedback::getPosition,
                ConsultationFeedback::getComments, ConsultationFeedback::getGivenBy)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(InterestedParty.STAFF,
                                ConsultationPosition.SUPPORT_WITH_CHANGES, "Name the team responsible", "sam"),
                        org.assertj.core.groups.Tuple.tuple(InterestedParty.REGULATORS, ConsultationPosition.OBJECT,
                                "The refund promise contradicts the terms", "sam"));
        assertThat(stored).allSatisfy(f -> assertThat(f.getGivenAt()).isNotNull());
        assertThat(development).isWaitingAt("Task_ConsolidateFeedback");
    }

    @Test
    void reviseAfterConsultationLoopsBackToDraftingAndConsultsAgain() {
        draftAndOpenConsultation();
        allPartiesSupport();
        scenario.complete("mary", key, "Task_ConsolidateFeedback", form("consultationOutcome", "REVISE",
                "consolidationNotes", "Tighten the refund promise"));

        assertThat(development).isWaitingAt("Task_DraftCode");
        assertThat(state()).isEqualTo(VersionState.DRAFT);
        assertThat(engine.getTaskService().getVariable(scenario.task(key, "Task_DraftCode").getId(), "draftNotes")
                .toString()).contains("Tighten the refund promise");

        scenario.complete("mary", key, "Task_DraftCode", draftForm("Delivery within 2 days"));
        assertThat(development).isWaitingAt("Task_GiveFeedback");
        assertThat(scenario.versions(key).get(0).getConsultationRound()).isEqualTo(2);
        assertThat(scenario.openTasks(key, "Task_GiveFeedback")).hasSize(2);
    }

    @Test
    void misleadingDraftGoesBackToDrafting() {
        draftAndOpenConsultation();
        allPartiesSupport();
        scenario.complete("mary", key, "Task_ConsolidateFeedback", form("consultationOutcome", "PROCEED"));
        scenario.complete("carla", key, "Task_CheckAccuracy",
                accuracyForm("MISLEADING", List.of("COMMITMENT"), "3 days is not what the carrier guarantees"));

        assertThat(development).hasPassed("ServiceTask_ReturnToDraft").isWaitingAt("Task_DraftCode");
        assertThat(state()).isEqualTo(VersionState.DRAFT);
        DecisionRecord accuracy = decisions.forVersion(versionId()).get(1);
        assertThat(accuracy.getDecision()).isEqualTo("MISLEADING");
        assertThat(accuracy.getComment()).contains("carrier")
                .contains("Principles not met: Capacity, Visibility, Accessibility").doesNotContain("CAPACITY");
    }

    @Test
    void accurateNeedsEveryGuidingPrinciple() {
        draftAndOpenConsultation();
        allPartiesSupport();
        scenario.complete("mary", key, "Task_ConsolidateFeedback", form("consultationOutcome", "PROCEED"));
        Task check = scenario.task(key, "Task_CheckAccuracy");

        assertThatThrownBy(() -> scenario.complete("carla", check,
                accuracyForm("ACCURATE", List.of("COMMITMENT", "ACCURACY"), null)))
                .isInstanceOf(InvalidFormInputException.class)
                .hasFieldOrPropertyWithValue("field", "principlesMet")
                .hasMessageContaining("tick Capacity, Visibility, Accessibility, Responsiveness, Accountability, "
                        + "Continual improvement, or return the draft as misleading")
                .message().doesNotContain("CONTINUAL_IMPROVEMENT");
        assertThat(development).isWaitingAt("Task_CheckAccuracy");
        assertThat(decisions.forVersion(versionId())).extracting(DecisionRecord::getKind)
                .doesNotContain(DecisionKind.ACCURACY);
    }

    @Test
    void changesRequestedByTopManagementGoBackToDrafting() {
        scenario.developUntilApproval(key, "Delivery within 3 days");
        scenario.complete("tom", key, "Task_ApproveCode", form("approvalDecision", "CHANGES_REQUESTED",
                "approvalComment", "Add a promise on personal information"));

        assertThat(development).hasPassed("ServiceTask_ReturnToDraft").isWaitingAt("Task_DraftCode");
        assertThat(state()).isEqualTo(VersionState.DRAFT);
    }

    @Test
    void rejectionEndsTheVersionRejected() {
        scenario.developUntilApproval(key, "Delivery within 3 days");
        scenario.complete("tom", key, "Task_ApproveCode", form("approvalDecision", "REJECTED",
                "approvalComment", "Not the promises we want to make"));

        assertThat(development).hasPassed("ServiceTask_RejectVersion").hasPassed("EndEvent_VersionRejected")
                .isEnded();
        assertThat(state()).isEqualTo(VersionState.REJECTED);
        assertThat(scenario.versions(key)).noneMatch(v -> v.getState() == VersionState.PUBLISHED);
    }

    @Test
    void rejectingOrRequestingChangesNeedsAReason() {
        scenario.developUntilApproval(key, "Delivery within 3 days");
        Task approval = scenario.task(key, "Task_ApproveCode");
        assertThatThrownBy(() -> scenario.complete("tom", approval, form("approvalDecision", "REJECTED")))
                .isInstanceOf(InvalidFormInputException.class).hasFieldOrPropertyWithValue("field", "approvalComment");
        assertThat(development).isWaitingAt("Task_ApproveCode");
        assertThat(state()).isEqualTo(VersionState.AWAITING_APPROVAL);
    }

    @Test
    void reminderTimerRemindsEachPartyWithoutEndingTheirTask() {
        draftAndOpenConsultation();
        Task task = scenario.openTasks(key, "Task_GiveFeedback").get(0);

        scenario.fireAll("BoundaryEvent_FeedbackReminder", key);

        assertThat(scenario.openTasks(key, "Task_GiveFeedback")).hasSize(2)
                .allSatisfy(t -> assertThat(t.getPriority()).isEqualTo(75));
        assertThat(notifications.findByTaskIdOrderByCreatedAtAsc(task.getId()))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.getRecipientGroup()).isEqualTo("stakeholders");
                    assertThat(n.getSubject()).startsWith("Reminder: ");
                    assertThat(n.getBody()).contains("/camunda/app/tasklist/").contains(task.getId());
                });
        assertThat(development).isWaitingAt("Task_GiveFeedback");
    }

    @Test
    void deadlineClosesTheRoundAndRecordsWhoWasNotHeard() {
        draftAndOpenConsultation();
        Task staff = scenario.openTasks(key, "Task_GiveFeedback").stream()
                .filter(t -> t.getName().contains("Staff")).findFirst().orElseThrow();
        scenario.complete("sam", staff, feedbackForm("SUPPORT", null));

        scenario.fire("BoundaryEvent_ConsultationDeadline", key);

        assertThat(development).hasPassed("ServiceTask_CloseConsultationAtDeadline")
                .isWaitingAt("Task_ConsolidateFeedback");
        assertThat(scenario.openTasks(key, "Task_GiveFeedback")).isEmpty();
        assertThat(feedback.findByVersionIdAndRoundOrderByIdAsc(versionId(), 1))
                .extracting(ConsultationFeedback::getParty, ConsultationFeedback::isMissing)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(InterestedParty.STAFF, false),
                        org.assertj.core.groups.Tuple.tuple(InterestedParty.REGULATORS, true));
        assertThat(taskService.getVariable(scenario.task(key, "Task_ConsolidateFeedback").getId(),
                "feedbackSummary").toString()).contains("no answer before the deadline");
    }

    @Test
    void aDraftWithoutPromisesIsRefusedAndNothingIsSaved() {
        scenario.complete("mary", key, "Task_SetObjectives", objectivesForm());
        Task draft = scenario.task(key, "Task_DraftCode");
        var empty = draftForm("x");
        empty.put("promises", io.customercodes.system.FormValues.json(List.of()));

        assertThatThrownBy(() -> scenario.complete("mary", draft, empty))
                .isInstanceOf(InvalidFormInputException.class).hasFieldOrPropertyWithValue("field", "promises");
        assertThat(development).isWaitingAt("Task_DraftCode");
        assertThat(scenario.versions(key).get(0).getPromises()).isEmpty();
        assertThat(state()).isEqualTo(VersionState.DRAFT);
    }

    @Test
    void anIndicatorForAPromiseTheDraftLacksIsRefusedWithTheNumbersToUse() {
        scenario.complete("mary", key, "Task_SetObjectives", objectivesForm());
        Task draft = scenario.task(key, "Task_DraftCode");
        var wrong = draftForm("Delivery within 3 days");
        wrong.put("indicators", io.customercodes.system.FormValues.json(List.of(form("name", "Orders on time",
                "promiseNumber", 5L, "comparison", "AT_LEAST", "targetValue", 95L))));

        assertThatThrownBy(() -> scenario.complete("mary", draft, wrong))
                .isInstanceOf(InvalidFormInputException.class)
                .hasFieldOrPropertyWithValue("field", "indicators.promiseNumber")
                .hasMessageContaining("refers to promise 5, but the draft has 2 promises; use a number from 1 to 2");
        assertThat(development).isWaitingAt("Task_DraftCode");
    }

    @Test
    void objectingWithoutAReasonIsRefused() {
        draftAndOpenConsultation();
        Task task = scenario.openTasks(key, "Task_GiveFeedback").get(0);
        assertThatThrownBy(() -> scenario.complete("sam", task, feedbackForm("OBJECT", " ")))
                .isInstanceOf(InvalidFormInputException.class).hasFieldOrPropertyWithValue("field", "feedbackComments");
        assertThat(feedback.findByVersionIdOrderByRoundAscIdAsc(versionId())).isEmpty();
    }

    @Test
    void theDraftFormShowsTheCurrentDraftWhenDraftingAgain() {
        draftAndOpenConsultation();
        allPartiesSupport();
        scenario.complete("mary", key, "Task_ConsolidateFeedback", form("consultationOutcome", "REVISE"));
        var formVariables = engine.getFormService().getTaskFormVariables(scenario.task(key, "Task_DraftCode").getId());
        assertThat(formVariables.get("promises").toString()).contains("Delivery within 3 days");
        assertThat(formVariables.get("procedures")).isEqualTo("Daily delivery report");
    }
}
