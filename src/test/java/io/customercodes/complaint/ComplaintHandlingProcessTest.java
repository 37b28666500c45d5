package io.customercodes.complaint;

import static io.customercodes.ProcessScenario.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.ProcessTest;
import io.customercodes.TestUsers;
import io.customercodes.audit.DecisionKind;
import io.customercodes.audit.DecisionLog;
import io.customercodes.code.CodeRepository;
import io.customercodes.notification.Notification;
import io.customercodes.notification.NotificationRepository;
import io.customercodes.system.DisplayDates;
import io.customercodes.system.EngineClock;
import io.customercodes.system.FormValues;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/** complaintHandling, path by path, with the real delegates, forms and database; the test plays hank and the clock. */
@Import(CapturedMail.class)
class ComplaintHandlingProcessTest extends ProcessTest {

    @Autowired
    ComplaintRepository complaints;

    @Autowired
    ComplaintTracking tracking;

    @Autowired
    ComplaintIntake intake;

    @Autowired
    CodeRepository codes;

    @Autowired
    DecisionLog decisions;

    @Autowired
    NotificationRepository notifications;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService history;

    @Autowired
    TaskService tasks;

    @Autowired
    FormService forms;

    @Autowired
    RepositoryService repository;

    @Autowired
    IdentityService identity;

    @Autowired
    TransactionTemplate transaction;

    final String key = ProcessScenario.uniqueKey("SHOP");

    @BeforeEach
    void publishedCode() {
        TestUsers.create(identity);
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Delivery within 3 days");
    }

    FiledComplaint file() {
        return scenario.fileComplaint(key, 1);
    }

    ProcessInstance handling(String reference) {
        return instance(ComplaintIntake.PROCESS_KEY, reference);
    }

    Complaint complaint(String reference) {
        return transaction.execute(status -> {
            Complaint c = complaints.getByReference(reference);
            c.getSteps().size();
            return c;
        });
    }

    void assess(String reference, String scope, boolean safety) {
        scenario.complete("hank", reference, "Task_AssessComplaint", form("severity", "MEDIUM", "safetyIssue", safety,
                "promiseNumber", 1L, "scopeDecision", scope, "assessmentNotes",
                scope.equals("IN_SCOPE") ? null : "A marketplace seller's parcel: not ours"));
    }

    /** Assessed in scope, investigated and answered; the response has gone out. */
    void respond(String reference) {
        assess(reference, "IN_SCOPE", false);
        scenario.complete("hank", reference, "Task_InvestigateComplaint", form("findings", "Courier lost a day",
                "rootCause", "Depot closed on a holiday", "remedyOffered", "Delivery charge refunded"));
        scenario.complete("hank", reference, "Task_RespondToComplaint", form("responseText",
                "We are sorry: the parcel was late. We refund the delivery charge."));
        scenario.runAsyncJobs(reference);
    }

    @Test
    void aFiledComplaintGetsItsReferenceIsAcknowledgedWithThePromisedDateAndWaitsForAssessment() {
        CapturedMail.SENT.clear();
        FiledComplaint filed = file();

        assertThat(filed.reference()).matches(key + "-" + EngineClock.today().getYear() + "-00001");
        assertThat(filed.statusToken()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(filed.responseDueOn()).isEqualTo(WorkingDays.after(EngineClock.today(), 10));
        ProcessInstance pi = handling(filed.reference());
        assertThat(pi).hasPassed("ServiceTask_AcknowledgeComplaint").isWaitingAt("Task_AssessComplaint");
        assertThat(runtime.getVariable(pi.getId(), "responseDue"))
                .isEqualTo(Date.from(ComplaintDates.endOf(filed.responseDueOn())));
        Complaint complaint = complaint(filed.reference());
        assertThat(complaint.getState()).isEqualTo(ComplaintState.RECEIVED);
        assertThat(complaint.getStatusTokenHash()).isEqualTo(StatusTokens.hash(filed.statusToken()))
                .isNotEqualTo(filed.statusToken());
        assertThat(complaint.getSteps()).extracting(ComplaintStep::getStep).containsExactly("ACKNOWLEDGEMENT");
        assertThat(complaint.getSteps().get(0).getOnTime()).isTrue();
        assertThat(CapturedMail.to("alex@example.test")).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).contains(filed.reference());
            assertThat(mail.getText()).contains(DisplayDates.dayAndDate(filed.responseDueOn()))
                    .contains(ComplaintLinks.statusPath(filed.statusToken()));
        });
        assertThat(file().reference()).endsWith("-00002");
    }

    @Test
    void anAcceptedResponseClosesTheComplaintWithTheRemedyDelivered() {
        FiledComplaint filed = file();
        respond(filed.reference());
        ProcessInstance pi = handling(filed.reference());
        assertThat(pi).isWaitingAt("Task_RecordAnswer");
        assertThat(complaint(filed.reference()).getState()).isEqualTo(ComplaintState.RESPONDED);

        assertThat(tracking.answer(filed.statusToken(), true, "Thank you")).isEqualTo(ComplaintTracking.AnswerResult.RECORDED);
        assertThat(tracking.answer(filed.statusToken(), false, null))
                .isEqualTo(ComplaintTracking.AnswerResult.NOT_AWAITING_ANSWER);
        assertThat(pi).hasPassed("BoundaryEvent_ComplainantAnswered").isWaitingAt("Task_CloseComplaint");
        scenario.complete("hank", filed.reference(), "Task_CloseComplaint",
                form("remedyDelivered", "Delivery charge of £4.99 refunded on the card"));

        assertThat(pi).isEnded().hasPassed("EndEvent_ComplaintResolved");
        Complaint complaint = complaint(filed.reference());
        assertThat(complaint.getState()).isEqualTo(ComplaintState.CLOSED);
        assertThat(complaint.getOutcome()).isEqualTo(ComplaintOutcome.RESOLVED);
        assertThat(complaint.getRemedyDelivered()).contains("£4.99");
        assertThat(complaint.answeredWithinPromisedTime()).isTrue();
        assertThat(complaint.getSteps()).extracting(ComplaintStep::getStep).containsExactly("ACKNOWLEDGEMENT",
                "ASSESSMENT", "INVESTIGATION", "RESPONSE_WRITTEN", "RESPONSE", "ANSWER", "CLOSING");
        assertThat(complaint.getSteps()).filteredOn(s -> s.getDueAt() != null)
                .allSatisfy(s -> assertThat(s.getOnTime()).isTrue());
        assertThat(complaint.getSteps()).filteredOn(s -> s.getStep().equals("ASSESSMENT")).singleElement()
                .satisfies(s -> assertThat(s.getActor()).isEqualTo("hank"));
    }

    @Test
    void aRejectedResponseIsReferredToTheBodyTheCodeNamesAndItsOutcomeRecorded() {
        FiledComplaint filed = file();
        respond(filed.reference());
        tracking.answer(filed.statusToken(), false, "A refund of the charge is not enough");

        ProcessInstance pi = handling(filed.reference());
        assertThat(pi).hasPassed("ServiceTask_ReferComplaint").isWaitingAt("Task_RecordReferralOutcome");
        Task task = scenario.task(filed.reference(), "Task_RecordReferralOutcome");
        assertThat((String) tasks.getVariableLocal(task.getId(), "referralSummary")).contains("Retail ADR scheme");
        assertThat(complaint(filed.reference()).getState()).isEqualTo(ComplaintState.REFERRED);

        scenario.complete("hank", task, form("referralDate", EngineClock.today().toString(),
                "referralOutcome", "RECOMMENDATION_REJECTED", "referralReasons", "The scheme recommended a voucher;"
                        + " the customer declined it", "referralImplementation", "Voucher offered, not taken up"));

        assertThat(pi).isEnded().hasPassed("EndEvent_ComplaintReferred");
        Complaint complaint = complaint(filed.reference());
        assertThat(complaint.getOutcome()).isEqualTo(ComplaintOutcome.REFERRED);
        assertThat(complaint.getReferralBody()).isEqualTo("Retail ADR scheme");
        assertThat(complaint.getReferralOutcome()).isEqualTo(ReferralOutcome.RECOMMENDATION_REJECTED);
        assertThat(complaint.getReferralDate()).isEqualTo(EngineClock.today());
        assertThat(complaint.getState()).isEqualTo(ComplaintState.CLOSED);
    }

    @Test
    void aCodeWithoutADisputeResolutionBodySaysSoPlainly() {
        String plain = ProcessScenario.uniqueKey("PLAIN");
        scenario.startCode(plain);
        Map<String, Object> draft = ProcessScenario.draftForm("Delivery within 3 days");
        draft.put("provisions", FormValues.json(List.of(form("type", "REMEDY", "text", "Charge refunded",
                "promiseNumber", 1L))));
        scenario.publishAndImplement(plain, draft);
        FiledComplaint filed = scenario.fileComplaint(plain, 1);
        assess(filed.reference(), "IN_SCOPE", false);
        Task investigation = scenario.task(filed.reference(), "Task_InvestigateComplaint");
        assertThat((String) tasks.getVariableLocal(investigation.getId(), "relatedProvisions"))
                .contains("Charge refunded").contains("names **no dispute-resolution body**");
        scenario.complete("hank", investigation, form("findings", "Late", "rootCause", "Courier",
                "remedyOffered", "Charge refunded"));
        scenario.complete("hank", filed.reference(), "Task_RespondToComplaint", form("responseText", "Sorry"));
        scenario.runAsyncJobs(filed.reference());
        tracking.answer(filed.statusToken(), false, null);

        Task outcome = scenario.task(filed.reference(), "Task_RecordReferralOutcome");
        assertThat((String) tasks.getVariableLocal(outcome.getId(), "referralSummary"))
                .contains("This code names no dispute-resolution body");
        assertThat(complaint(filed.reference()).getReferralBody()).isNull();
    }

    @Test
    void withoutAnAnswerFor14DaysAHandlerFollowsUpAndMayCloseIt() {
        FiledComplaint filed = file();
        respond(filed.reference());
        ProcessInstance pi = handling(filed.reference());
        Job timer = scenario.job("Timer_NoAnswer", filed.reference());
        assertThat(Duration.between(complaint(filed.reference()).getRespondedAt(), timer.getDuedate().toInstant()))
                .isEqualTo(Duration.ofDays(14));

        management.executeJob(timer.getId());
        assertThat(pi).isWaitingAt("Task_FollowUpComplaint");
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_RecordAnswer")
                .count()).isZero();
        scenario.complete("hank", filed.reference(), "Task_FollowUpComplaint", form("complainantAnswer",
                "NOT_REACHED", "answerNotes", "Called twice, mailed once"));

        assertThat(pi).isEnded().hasPassed("EndEvent_ClosedWithoutAnswer");
        assertThat(complaint(filed.reference()).getOutcome()).isEqualTo(ComplaintOutcome.CLOSED_WITHOUT_ANSWER);
    }

    @Test
    void aComplainantReachedByTheFollowUpMayStillRejectByPhone() {
        FiledComplaint filed = file();
        respond(filed.reference());
        scenario.fire("Timer_NoAnswer", filed.reference());
        scenario.complete("hank", filed.reference(), "Task_FollowUpComplaint", form("complainantAnswer", "REJECTS"));

        assertThat(handling(filed.reference())).isWaitingAt("Task_RecordReferralOutcome");
        assertThat(complaint(filed.reference()).getAnsweredVia()).isEqualTo("HANDLER");
    }

    @Test
    void anAnswerGivenByPhoneIsRecordedByTheHandler() {
        FiledComplaint filed = file();
        respond(filed.reference());
        scenario.complete("hank", filed.reference(), "Task_RecordAnswer", form("complainantAnswer", "ACCEPTS",
                "answerNotes", "Called back, happy with the refund"));

        assertThat(handling(filed.reference())).isWaitingAt("Task_CloseComplaint");
        assertThat(complaint(filed.reference()).getComplainantAccepts()).isTrue();
        assertThat(tracking.answer(filed.statusToken(), false, null))
                .isEqualTo(ComplaintTracking.AnswerResult.NOT_AWAITING_ANSWER);
    }

    @Test
    void anOutOfScopeComplaintEndsWithItsReasonsRecordedAndSent() {
        CapturedMail.SENT.clear();
        FiledComplaint filed = file();
        ProcessInstance pi = handling(filed.reference());
        assertThatThrownBy(() -> scenario.complete("hank", filed.reference(), "Task_AssessComplaint", form(
                "severity", "LOW", "scopeDecision", "OUT_OF_SCOPE"))).hasFieldOrPropertyWithValue("field", "assessmentNotes");

        assess(filed.reference(), "OUT_OF_SCOPE", false);

        assertThat(pi).isEnded().hasPassed("EndEvent_AssessedOutOfScope", "ServiceTask_CloseOutOfScope",
                "EndEvent_ComplaintOutOfScope").hasNotPassed("Task_InvestigateComplaint");
        Complaint complaint = complaint(filed.reference());
        assertThat(complaint.getOutcome()).isEqualTo(ComplaintOutcome.OUT_OF_SCOPE);
        assertThat(complaint.getState()).isEqualTo(ComplaintState.CLOSED);
        assertThat(CapturedMail.to("alex@example.test")).extracting(m -> m.getText())
                .anySatisfy(text -> assertThat(text).contains("marketplace seller"));
    }

    @Test
    void aSafetyIssueIsFastTrackedAndRaisesAnAdHocReview() {
        FiledComplaint filed = file();
        assess(filed.reference(), "IN_SCOPE", true);

        ProcessInstance pi = handling(filed.reference());
        assertThat(runtime.getVariable(pi.getId(), "adHocReviewNeeded")).isEqualTo(true);
        assertThat(pi).isWaitingAt("ServiceTask_RequestAdHocReview");
        scenario.runAsyncJobs(filed.reference());
        assertThat(pi).isWaitingAt("Task_InvestigateComplaint");
        Task investigation = scenario.task(filed.reference(), "Task_InvestigateComplaint");
        assertThat(investigation.getPriority()).isEqualTo(90);
        assertThat(investigation.getDueDate())
                .isEqualTo(Date.from(ComplaintDates.endOf(WorkingDays.after(EngineClock.today(), 1))));

        assertThat(instance("codeLifecycle", key)).isWaitingAt("CallActivity_ReviewCode");
        assertThat(decisions.forCode(codes.getByKey(key).getId())).filteredOn(d -> d.getKind()
                == DecisionKind.AD_HOC_REVIEW_REQUESTED).singleElement()
                .satisfies(d -> assertThat(d.getComment()).contains(filed.reference()).contains("safety")
                        .doesNotContain("Alex"));
        Task evaluation = scenario.task(key, "Task_EvaluateCode");
        assertThat((String) tasks.getVariable(evaluation.getId(), "reviewDataSummary"))
                .contains("1 received").contains("1 raising a safety issue");
    }

    @Test
    void theAdHocReviewIsRequestedOnceForFiveComplaintsWithin30Days() {
        for (int i = 1; i <= 4; i++) {
            FiledComplaint filed = file();
            assess(filed.reference(), "IN_SCOPE", false);
            assertThat(runtime.getVariable(handling(filed.reference()).getId(), "adHocReviewNeeded")).isEqualTo(false);
        }
        FiledComplaint fifth = file();
        assess(fifth.reference(), "IN_SCOPE", false);
        assertThat(handling(fifth.reference())).isWaitingAt("ServiceTask_RequestAdHocReview");
        scenario.runAsyncJobs(fifth.reference());
        assertThat(instance("codeLifecycle", key)).isWaitingAt("CallActivity_ReviewCode");

        FiledComplaint sixth = file();
        assess(sixth.reference(), "IN_SCOPE", false);
        assertThat(runtime.getVariable(handling(sixth.reference()).getId(), "adHocReviewNeeded")).isEqualTo(false);
        FiledComplaint unsafe = file();
        assess(unsafe.reference(), "IN_SCOPE", true);
        scenario.runAsyncJobs(unsafe.reference());

        assertThat(handling(unsafe.reference())).isWaitingAt("Task_InvestigateComplaint");
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("codeReview")
                .processInstanceBusinessKey(key).count()).isEqualTo(1);
        assertThat(decisions.forCode(codes.getByKey(key).getId()))
                .filteredOn(d -> d.getKind() == DecisionKind.AD_HOC_REVIEW_REQUESTED).hasSize(1);
    }

    @Test
    void handlersAreRemindedBeforeTheResponseIsDueAndTopManagementHearsWhenItIsOverdue() {
        FiledComplaint filed = file();
        ProcessInstance pi = handling(filed.reference());
        Complaint complaint = complaint(filed.reference());
        assertThat(scenario.job("Timer_ResponseReminder", filed.reference()).getDuedate())
                .isEqualTo(ComplaintDates.responseReminderAt(complaint));
        assertThat(scenario.job("Timer_ResponseOverdue", filed.reference()).getDuedate())
                .isEqualTo(ComplaintDates.responseDue(complaint));

        scenario.fire("Timer_ResponseReminder", filed.reference());
        Task assessment = scenario.task(filed.reference(), "Task_AssessComplaint");
        assertThat(assessment.getPriority()).isEqualTo(RemindComplaintHandlerDelegate.REMINDED_PRIORITY);
        assertThat(notifications.findByTaskIdOrderByCreatedAtAsc(assessment.getId())).singleElement()
                .satisfies(n -> assertThat(n.getRecipientGroup()).isEqualTo("complaint-handlers"));

        ClockUtil.setCurrentTime(ComplaintDates.responseDue(complaint));
        scenario.fire("Timer_ResponseOverdue", filed.reference());
        assertThat(pi).isWaitingAt("Task_AssessComplaint");
        assertThat(scenario.task(filed.reference(), "Task_AssessComplaint").getPriority())
                .isEqualTo(EscalateOverdueComplaintDelegate.ESCALATED_PRIORITY);
        assertThat(notifications.findByTaskIdOrderByCreatedAtAsc(assessment.getId()))
                .extracting(Notification::getRecipientGroup).containsExactly("complaint-handlers", "top-management");

        respond(filed.reference());
        assertThat(complaint(filed.reference()).answeredWithinPromisedTime()).isFalse();
    }

    @Test
    void aHandlerTakesAComplaintByPhoneThroughTheStartFormAndItsDetailsStayOutOfTheEngine() {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("complaintHandling")
                .latestVersion().singleResult().getId();
        Map<String, Object> call = form("codeKey", key, "promiseNumber", 1L, "whatHappened", "Parcel late",
                "remedyWanted", "Refund", "complainantName", "Pat Caller", "complainantEmail", null,
                "complainantPhone", "+44 20 7946 0000", "consentToStore", true);
        ProcessInstance pi = scenario.as("hank", () -> forms.submitStartForm(definitionId, call));

        String reference = pi.getBusinessKey();
        assertThat(reference).startsWith(key + "-");
        assertThat(handling(reference)).isWaitingAt("Task_AssessComplaint");
        Complaint complaint = complaint(reference);
        assertThat(complaint.getChannel()).isEqualTo(ComplaintChannel.PHONE);
        assertThat(complaint.getFiledBy()).isEqualTo("hank");
        assertThat(complaint.getComplainantPhone()).isEqualTo("+44 20 7946 0000");
        assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys("complainantName", "complainantPhone",
                "whatHappened", "codeKey");
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
                .getBusinessKey()).isEqualTo(reference);
        List<HistoricDetail> details = history.createHistoricDetailQuery().processInstanceId(pi.getId()).list();
        assertThat(details).isNotEmpty().allSatisfy(detail -> {
            Object value = detail instanceof HistoricVariableUpdate update ? update.getValue()
                    : ((HistoricFormField) detail).getFieldValue();
            assertThat(String.valueOf(value)).doesNotContain("Pat Caller").doesNotContain("7946");
        });
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list())
                .allSatisfy(v -> assertThat(String.valueOf(v.getValue())).doesNotContain("Pat Caller"));
    }

    @Test
    void aPhoneComplaintWithoutConsentIsRefusedAndNothingIsWritten() {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("complaintHandling")
                .latestVersion().singleResult().getId();
        long before = complaints.count();
        long running = runtime.createProcessInstanceQuery().processDefinitionKey("complaintHandling").count();
        Map<String, Object> call = form("codeKey", key, "whatHappened", "Parcel late", "complainantName", "Pat",
                "complainantPhone", "+44 20 7946 0000", "consentToStore", false);

        assertThatThrownBy(() -> scenario.as("hank", () -> forms.submitStartForm(definitionId, call)))
                .hasFieldOrPropertyWithValue("field", "consentToStore");
        assertThat(complaints.count()).isEqualTo(before);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("complaintHandling").count())
                .isEqualTo(running);
    }

    @Test
    void aComplaintAgainstAWithdrawnCodeIsStillHandled() {
        FiledComplaint before = file();
        scenario.review(key, "WITHDRAW");
        assertThat(codes.getByKey(key).isWithdrawn()).isTrue();

        respond(before.reference());
        assertThat(handling(before.reference())).isWaitingAt("Task_RecordAnswer");
        FiledComplaint after = file();
        assertThat(handling(after.reference())).isWaitingAt("Task_AssessComplaint");
    }

    @Test
    void anInvalidComplaintIsRefusedNamingTheFieldAndNothingIsWritten() {
        long before = complaints.count();
        assertThatThrownBy(() -> intake.file(new NewComplaint(key, 9, "Late", null, "Alex", "alex@example.test", null,
                true, ComplaintChannel.API), "hank")).hasMessageStartingWith("promiseNumber");
        assertThatThrownBy(() -> intake.file(new NewComplaint(key, 1, "Late", null, "Alex", null, null,
                true, ComplaintChannel.API), "hank")).hasMessageStartingWith("complainantEmail");
        assertThatThrownBy(() -> intake.file(new NewComplaint("NO-SUCH-CODE", 1, "Late", null, "Alex", null, "0123 456",
                true, ComplaintChannel.API), "hank")).hasMessageStartingWith("codeKey");
        assertThat(complaints.count()).isEqualTo(before);
    }

    @Test
    void theResponseTimeComesFromTheCodeVersion() {
        String quick = ProcessScenario.uniqueKey("QUICK");
        scenario.startCode(quick);
        Map<String, Object> draft = ProcessScenario.draftForm("Delivery within 3 days");
        draft.put("responseDays", 3L);
        scenario.publishAndImplement(quick, draft);

        FiledComplaint filed = scenario.fileComplaint(quick, null);
        LocalDate due = WorkingDays.after(EngineClock.today(), 3);
        assertThat(filed.responseDueOn()).isEqualTo(due);
        assertThat(complaint(filed.reference()).getResponseDays()).isEqualTo(3);
    }
}
