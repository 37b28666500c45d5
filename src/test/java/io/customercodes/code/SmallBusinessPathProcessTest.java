package io.customercodes.code;

import static io.customercodes.ProcessScenario.ALL_PRINCIPLES;
import static io.customercodes.ProcessScenario.accuracyForm;
import static io.customercodes.ProcessScenario.draftForm;
import static io.customercodes.ProcessScenario.feedbackForm;
import static io.customercodes.ProcessScenario.form;
import static io.customercodes.ProcessScenario.objectivesForm;
import static io.customercodes.ProcessScenario.startForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.ProcessTest;
import io.customercodes.audit.DecisionKind;
import io.customercodes.audit.DecisionLog;
import io.customercodes.audit.DecisionRecord;
import io.customercodes.consultation.ConsultationFeedback;
import io.customercodes.consultation.ConsultationFeedbackRepository;
import io.customercodes.system.EngineClock;
import io.customercodes.system.InvalidFormInputException;
import io.customercodes.version.CodeVersion;
import io.customercodes.version.ExampleDrafts;
import io.customercodes.version.Promise;
import io.customercodes.version.VersionState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The small-business path of processes/developmentPath.dmn, rule by rule through the lifecycle: who approves,
 * the declaration a same-person approval takes, the consultation deadline, the default review interval, and the
 * accuracy check that stays as it is.
 */
class SmallBusinessPathProcessTest extends ProcessTest {

    @Autowired
    DecisionLog decisions;

    @Autowired
    ConsultationFeedbackRepository feedback;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    static Map<String, Object> smallBusinessForm(String key, String... parties) {
        Map<String, Object> form = startForm(key, parties);
        form.put("smallBusiness", true);
        form.remove("reviewIntervalMonths");
        return form;
    }

    String start(Map<String, Object> form) {
        scenario.startCode(form);
        return (String) form.get("codeKey");
    }

    String matchedRule(String key) {
        HistoricDecisionInstance decision = history.createHistoricDecisionInstanceQuery()
                .processInstanceId(instance("codeLifecycle", key).getId()).decisionDefinitionKey("developmentPath")
                .includeInputs().includeOutputs().singleResult();
        assertThat(decision.getOutputs()).isNotEmpty();
        return decision.getOutputs().get(0).getRuleId();
    }

    void draft(String key) {
        scenario.complete("mary", key, "Task_SetObjectives", objectivesForm());
        scenario.complete("mary", key, "Task_DraftCode", draftForm("Delivery within 3 days"));
    }

    void consolidateAndCheck(String key) {
        scenario.complete("mary", key, "Task_ConsolidateFeedback", form("consultationOutcome", "PROCEED"));
        scenario.complete("carla", key, "Task_CheckAccuracy", accuracyForm("ACCURATE", ALL_PRINCIPLES, null));
    }

    List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(g -> g != null).toList();
    }

    Duration consultationTimer(String key) {
        Job timer = scenario.job("BoundaryEvent_ConsultationDeadline", key);
        return Duration.between(EngineClock.now(), timer.getDuedate().toInstant());
    }

    @Test
    void aSmallBusinessConsultingCustomersOnlyHasTenDaysAndAReviewEveryTwoYears() {
        String key = start(smallBusinessForm(ProcessScenario.uniqueKey("SMALL"), "CUSTOMER_REPRESENTATIVES"));

        assertThat(instance("codeLifecycle", key)).hasPassed("BusinessRuleTask_DecideDevelopmentPath",
                "ServiceTask_CreateCode");
        assertThat(matchedRule(key)).isEqualTo("Rule_SmallBusinessConsultsCustomersOnly");
        assertThat(runtime.getVariables(instance("codeLifecycle", key).getId()))
                .doesNotContainKey("developmentPathDecision");
        Code code = scenario.code(key);
        assertThat(code.isSmallBusiness()).isTrue();
        assertThat(code.getReviewIntervalMonths()).isEqualTo(24);
        assertThat(code.getApproverGroups()).isEqualTo("top-management,code-managers");
        assertThat(code.isApprovalDeclarationRequired()).isTrue();
        assertThat(code.getConsultationDeadline()).isEqualTo("P10D");

        draft(key);
        assertThat(scenario.openTasks(key, "Task_GiveFeedback")).hasSize(1);
        assertThat(consultationTimer(key)).isBetween(Duration.ofDays(10).minusMinutes(1), Duration.ofDays(10));

        scenario.fire("BoundaryEvent_ConsultationDeadline", key);

        assertThat(instance("codeDevelopment", key)).hasPassed("ServiceTask_CloseConsultationAtDeadline")
                .isWaitingAt("Task_ConsolidateFeedback");
        assertThat(feedback.findByVersionIdAndRoundOrderByIdAsc(scenario.versions(key).get(0).getId(), 1))
                .extracting(ConsultationFeedback::getParty, ConsultationFeedback::isMissing)
                .containsExactly(tuple(InterestedParty.CUSTOMER_REPRESENTATIVES, true));
    }

    @Test
    void aSmallBusinessConsultingMorePartiesHasFourteenDays() {
        String key = start(smallBusinessForm(ProcessScenario.uniqueKey("SMALL"), "CUSTOMER_REPRESENTATIVES",
                "STAFF"));
        assertThat(matchedRule(key)).isEqualTo("Rule_SmallBusiness");
        assertThat(scenario.code(key).getReviewIntervalMonths()).isEqualTo(24);

        draft(key);
        assertThat(consultationTimer(key)).isBetween(Duration.ofDays(14).minusMinutes(1), Duration.ofDays(14));
    }

    @Test
    void aSmallBusinessMayStillChooseItsOwnReviewInterval() {
        Map<String, Object> form = smallBusinessForm(ProcessScenario.uniqueKey("SMALL"), "CUSTOMER_REPRESENTATIVES");
        form.put("reviewIntervalMonths", 6L);
        String key = start(form);
        assertThat(scenario.code(key).getReviewIntervalMonths()).isEqualTo(6);
    }

    @Test
    void theOwnerWhoDraftedApprovesOnlyWithARecordedDeclaration() {
        String key = start(smallBusinessForm(ProcessScenario.uniqueKey("SMALL"), "CUSTOMER_REPRESENTATIVES"));
        draft(key);
        scenario.complete("sam", key, "Task_GiveFeedback", feedbackForm("SUPPORT", null));
        consolidateAndCheck(key);

        Task approval = scenario.task(key, "Task_ApproveCode");
        assertThat(candidateGroups(approval)).containsExactlyInAnyOrder("top-management", "code-managers");
        assertThat(tasks.getVariableLocal(approval.getId(), "approvalDeclarationRequired")).isEqualTo(true);

        assertThatThrownBy(() -> scenario.complete("mary", approval, form("approvalDecision", "APPROVED")))
                .isInstanceOf(InvalidFormInputException.class)
                .hasFieldOrPropertyWithValue("field", "selfApprovalDeclaration");
        Long versionId = scenario.versions(key).get(0).getId();
        assertThat(decisions.forVersion(versionId)).extracting(DecisionRecord::getKind)
                .doesNotContain(DecisionKind.APPROVAL, DecisionKind.SELF_APPROVAL_DECLARATION);
        assertThat(instance("codeDevelopment", key)).isWaitingAt("Task_ApproveCode");

        Instant before = EngineClock.now();
        scenario.complete("mary", approval, form("approvalDecision", "APPROVED", "selfApprovalDeclaration", true));
        scenario.runAsyncJobs(key);

        assertThat(scenario.versions(key).get(0).getState()).isEqualTo(VersionState.PUBLISHED);
        assertThat(decisions.forVersion(versionId))
                .filteredOn(d -> d.getKind() == DecisionKind.SELF_APPROVAL_DECLARATION
                        || d.getKind() == DecisionKind.APPROVAL)
                .extracting(DecisionRecord::getKind, DecisionRecord::getDecision, DecisionRecord::getActor)
                .containsExactly(tuple(DecisionKind.SELF_APPROVAL_DECLARATION, "DECLARED", "mary"),
                        tuple(DecisionKind.APPROVAL, "APPROVED", "mary"));
        DecisionRecord declaration = decisions.forVersion(versionId).stream()
                .filter(d -> d.getKind() == DecisionKind.SELF_APPROVAL_DECLARATION).findFirst().orElseThrow();
        assertThat(declaration.getDecidedAt()).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(declaration.getComment()).contains("mary").contains("version 1");

        scenario.implement(key);
        assertThat(instance("codeLifecycle", key)).isWaitingAt("Gateway_ReviewTrigger");
        assertThat(scenario.code(key).getNextReviewOn()).as("the small-business default interval")
                .isEqualTo(EngineClock.today().plusMonths(24));
    }

    @Test
    void anotherApproverOfASmallBusinessNeedsNoDeclaration() {
        String key = start(smallBusinessForm(ProcessScenario.uniqueKey("SMALL"), "CUSTOMER_REPRESENTATIVES"));
        draft(key);
        scenario.complete("sam", key, "Task_GiveFeedback", feedbackForm("SUPPORT", null));
        consolidateAndCheck(key);

        scenario.approve(key);

        Long versionId = scenario.versions(key).get(0).getId();
        assertThat(scenario.versions(key).get(0).getState()).isEqualTo(VersionState.PUBLISHED);
        assertThat(decisions.forVersion(versionId)).extracting(DecisionRecord::getKind)
                .contains(DecisionKind.APPROVAL).doesNotContain(DecisionKind.SELF_APPROVAL_DECLARATION);
    }

    @Test
    void requestingChangesOnOnesOwnDraftNeedsNoDeclaration() {
        String key = start(smallBusinessForm(ProcessScenario.uniqueKey("SMALL"), "CUSTOMER_REPRESENTATIVES"));
        draft(key);
        scenario.complete("sam", key, "Task_GiveFeedback", feedbackForm("SUPPORT", null));
        consolidateAndCheck(key);

        scenario.complete("mary", key, "Task_ApproveCode", form("approvalDecision", "CHANGES_REQUESTED",
                "approvalComment", "Name the courier"));

        assertThat(instance("codeDevelopment", key)).isWaitingAt("Task_DraftCode");
    }

    @Test
    void theAccuracyCheckOfASmallBusinessIsTheSameCheck() {
        String key = start(smallBusinessForm(ProcessScenario.uniqueKey("SMALL"), "CUSTOMER_REPRESENTATIVES"));
        draft(key);
        scenario.complete("sam", key, "Task_GiveFeedback", feedbackForm("SUPPORT", null));
        scenario.complete("mary", key, "Task_ConsolidateFeedback", form("consultationOutcome", "PROCEED"));

        assertThat(instance("codeDevelopment", key)).isWaitingAt("Task_CheckAccuracy");
        Task check = scenario.task(key, "Task_CheckAccuracy");
        assertThat(candidateGroups(check)).containsExactly("compliance");
        // draftForm lacks a complaint channel, a responsibility provision and an indicator for promise 2
        assertThat(tasks.getVariableLocal(check.getId(), "gapCount")).isEqualTo(3L);
        assertThatThrownBy(() -> scenario.complete("carla", check, form("accuracyDecision", "ACCURATE",
                "principlesMet", io.customercodes.system.FormValues.json(ALL_PRINCIPLES))))
                .isInstanceOf(InvalidFormInputException.class)
                .hasFieldOrPropertyWithValue("field", "gapJustification");
        assertThat(instance("codeDevelopment", key)).isWaitingAt("Task_CheckAccuracy");

        scenario.complete("carla", check, accuracyForm("ACCURATE", ALL_PRINCIPLES, null));
        assertThat(instance("codeDevelopment", key)).isWaitingAt("Task_ApproveCode");
        assertThat(decisions.forVersion(scenario.versions(key).get(0).getId()))
                .filteredOn(d -> d.getKind() == DecisionKind.ACCURACY).extracting(DecisionRecord::getActor)
                .containsExactly("carla");
    }

    @Test
    void aNormalCodeKeepsTodaysPath() {
        Map<String, Object> form = startForm(ProcessScenario.uniqueKey("NORMAL"), "CUSTOMER_REPRESENTATIVES");
        form.remove("reviewIntervalMonths");
        String key = start(form);

        assertThat(matchedRule(key)).isEqualTo("Rule_StandardPath");
        Code code = scenario.code(key);
        assertThat(code.isSmallBusiness()).isFalse();
        assertThat(code.getReviewIntervalMonths()).isEqualTo(12);
        assertThat(code.getExampleDraft()).isNull();

        draft(key);
        assertThat(consultationTimer(key)).isBetween(Duration.ofDays(21).minusMinutes(1), Duration.ofDays(21));
        scenario.complete("sam", key, "Task_GiveFeedback", feedbackForm("SUPPORT", null));
        consolidateAndCheck(key);

        Task approval = scenario.task(key, "Task_ApproveCode");
        assertThat(candidateGroups(approval)).containsExactly("top-management");
        assertThat(tasks.getVariableLocal(approval.getId(), "approvalDeclarationRequired")).isEqualTo(false);
        scenario.approve(key);
        assertThat(decisions.forVersion(scenario.versions(key).get(0).getId())).extracting(DecisionRecord::getKind)
                .doesNotContain(DecisionKind.SELF_APPROVAL_DECLARATION);
        scenario.implement(key);
        assertThat(scenario.code(key).getNextReviewOn()).isEqualTo(EngineClock.today().plusMonths(12));
    }

    @Test
    void theFirstDraftStartsAsACopyOfTheChosenExample() {
        Map<String, Object> form = smallBusinessForm(ProcessScenario.uniqueKey("FOOD"), "CUSTOMER_REPRESENTATIVES");
        form.put("exampleDraft", "RESTAURANT");
        String key = start(form);

        assertThat(scenario.code(key).getExampleDraft()).isEqualTo(ExampleDraft.RESTAURANT);
        CodeVersion first = scenario.versions(key).get(0);
        assertThat(first.getState()).isEqualTo(VersionState.DRAFT);
        assertThat(first.getPromises()).extracting(Promise::getText).containsExactlyElementsOf(
                ExampleDrafts.of(ExampleDraft.RESTAURANT).promises().stream().map(p -> p.text()).toList());
        scenario.complete("mary", key, "Task_SetObjectives", objectivesForm());
        var shown = engine.getFormService().getTaskFormVariables(scenario.task(key, "Task_DraftCode").getId());
        assertThat(shown.get("promises").toString()).contains("allergen");
    }

    @Test
    void anUnknownExampleIsRefusedAndNothingIsCreated() {
        String key = ProcessScenario.uniqueKey("ODD");
        Map<String, Object> form = smallBusinessForm(key, "CUSTOMER_REPRESENTATIVES");
        form.put("exampleDraft", "CASTLE");
        assertThatThrownBy(() -> scenario.startCode(form)).isInstanceOf(InvalidFormInputException.class)
                .hasFieldOrPropertyWithValue("field", "exampleDraft");
        assertThat(instance("codeLifecycle", key)).isNull();
    }
}
