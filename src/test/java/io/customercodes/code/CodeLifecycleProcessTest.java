package io.customercodes.code;

import static io.customercodes.ProcessScenario.evaluationForm;
import static io.customercodes.ProcessScenario.form;
import static io.customercodes.ProcessScenario.startForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.ProcessTest;
import io.customercodes.review.CodeReview;
import io.customercodes.review.CodeReviewRepository;
import io.customercodes.review.ReviewTrigger;
import io.customercodes.system.EngineClock;
import io.customercodes.system.InvalidFormInputException;
import io.customercodes.version.CodeVersion;
import io.customercodes.version.PromiseCategory;
import io.customercodes.version.VersionState;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

class CodeLifecycleProcessTest extends ProcessTest {

    @Autowired
    CodeRepository codes;

    @Autowired
    CodeReviewRepository reviews;

    @Autowired
    JdbcTemplate jdbc;

    String key = ProcessScenario.uniqueKey("LIFE");

    ProcessInstance publishedCode() {
        ProcessInstance lifecycle = scenario.startCode(key);
        scenario.publishAndImplement(key, "Delivery within 3 days");
        assertThat(lifecycle).isWaitingAt("Gateway_ReviewTrigger");
        return lifecycle;
    }

    void review(String decision) {
        scenario.complete("mary", key, "Task_EvaluateCode", evaluationForm("Indicators met", decision));
        scenario.complete("tom", key, "Task_DecideReview", form("reviewDecision", decision,
                "reviewRationale", "Decided " + decision));
    }

    @Test
    void theStartFormCreatesTheCodeAndItsFirstDraftUnderTheCodeKey() {
        ProcessInstance lifecycle = scenario.startCode(startForm(key, "STAFF"));

        assertThat(lifecycle).hasPassed("ServiceTask_CreateCode", "ServiceTask_OpenDraftVersion")
                .isWaitingAt("CallActivity_DevelopCode")
                .hasBusinessKey(key);
        assertThat(lifecycle).calledProcessInstance("codeDevelopment").hasBusinessKey(key)
                .isWaitingAt("Task_SetObjectives");
        Code code = codes.getByKey(key);
        assertThat(code.getCreatedBy()).isEqualTo("mary");
        assertThat(code.getInterestedParties()).containsExactly(InterestedParty.STAFF);
        assertThat(scenario.versions(key)).singleElement().satisfies(v -> {
            assertThat(v.getNumber()).isEqualTo(1);
            assertThat(v.getState()).isEqualTo(VersionState.DRAFT);
        });
    }

    @Test
    void aPublishedCodeIsImplementedAndWaitsForItsReviewDate() {
        ProcessInstance lifecycle = scenario.startCode(key);
        scenario.developUntilApproval(key, "Delivery within 3 days", "Warehouse", "Customer service");
        scenario.approve(key);

        assertThat(lifecycle).hasPassed("CallActivity_DevelopCode").isWaitingAt("CallActivity_ImplementCode");
        ProcessInstance implementation = instance("codeImplementation", key);
        assertThat(implementation).hasBusinessKey(key).isWaitingAt("Task_MakeCodeAvailable");
        assertThat(codes.getByKey(key).isAcceptingComplaints()).isTrue();

        scenario.implement(key);

        assertThat(implementation).hasPassed("Task_BriefPersonnel").isEnded();
        assertThat(lifecycle).hasPassed("ServiceTask_ScheduleReview")
                .isWaitingAt("Gateway_ReviewTrigger");
        LocalDate nextReview = codes.getByKey(key).getNextReviewOn();
        assertThat(nextReview).isEqualTo(LocalDate.now().plusMonths(12));
        Job timer = scenario.job("Timer_ReviewDue", key);
        assertThat(LocalDate.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault())).isEqualTo(nextReview);
    }

    @Test
    void aRejectedFirstVersionEndsTheLifecycleWithoutAPublishedCode() {
        ProcessInstance lifecycle = scenario.startCode(key);
        scenario.developUntilApproval(key, "Delivery within 3 days");
        scenario.complete("tom", key, "Task_ApproveCode", form("approvalDecision", "REJECTED",
                "approvalComment", "Not now"));

        assertThat(lifecycle).hasPassed("EndEvent_CodeRejected").isEnded();
        assertThat(scenario.versions(key)).extracting(CodeVersion::getState).containsExactly(VersionState.REJECTED);
    }

    @Test
    void theReviewTimerStartsAReviewAndContinueSchedulesTheNext() {
        ProcessInstance lifecycle = publishedCode();
        scenario.fire("Timer_ReviewDue", key);

        assertThat(lifecycle).isWaitingAt("CallActivity_ReviewCode");
        assertThat(instance("codeReview", key)).hasBusinessKey(key).isWaitingAt("Task_EvaluateCode");

        review("CONTINUE");

        assertThat(lifecycle).hasPassed("CallActivity_ReviewCode")
                .isWaitingAt("Gateway_ReviewTrigger");
        assertThat(scenario.versions(key)).extracting(CodeVersion::getState).containsExactly(VersionState.PUBLISHED);
    }

    @Test
    void theFirstReviewIsDueAfterTheCodesOwnIntervalWhenNothingIsKnownYet() {
        ProcessInstance lifecycle = publishedCode();

        assertThat(lifecycle).hasPassed("ServiceTask_AssessPerformance", "BusinessRuleTask_DecideReviewInterval");
        assertThat(runtime.getVariable(lifecycle.getId(), "monthsUntilNextReview")).isEqualTo(12);
        assertThat(codes.getByKey(key).getNextReviewOn()).isEqualTo(EngineClock.today().plusMonths(12));
        assertThat(scenario.job("Timer_ReviewDue", key).getDuedate())
                .isEqualTo(Date.from(EngineClock.today().plusMonths(12).atTime(8, 0).atZone(EngineClock.zone()).toInstant()));
    }

    @Test
    void manyComplaintsAtAReviewBringTheNextReviewForward() {
        ProcessInstance lifecycle = publishedCode();
        for (int i = 0; i < 25; i++) {
            scenario.fileComplaint(key, 1);
        }
        scenario.fire("Timer_ReviewDue", key);
        review("CONTINUE");

        assertThat(lifecycle).isWaitingAt("Gateway_ReviewTrigger");
        assertThat(runtime.getVariable(lifecycle.getId(), "complaintsSinceLastReview")).isEqualTo(25);
        assertThat(runtime.getVariable(lifecycle.getId(), "monthsUntilNextReview")).isEqualTo(3);
        assertThat(codes.getByKey(key).getNextReviewOn()).isEqualTo(EngineClock.today().plusMonths(3));
    }

    @Test
    void anAdHocReviewMessageStartsAReviewBeforeTheDate() {
        ProcessInstance lifecycle = publishedCode();
        runtime.createMessageCorrelation("AdHocReviewRequested").processInstanceBusinessKey(key).correlate();

        assertThat(lifecycle).hasPassed("Event_AdHocReviewRequested").isWaitingAt("CallActivity_ReviewCode");
        assertThat(reviews.findByCodeIdOrderByStartedAtAsc(codes.getByKey(key).getId()))
                .singleElement().extracting(CodeReview::getReviewTrigger).isEqualTo(ReviewTrigger.AD_HOC);

        review("CONTINUE");
        assertThat(lifecycle).isWaitingAt("Gateway_ReviewTrigger");
        assertThat(scenario.versions(key)).extracting(CodeVersion::getState).containsExactly(VersionState.PUBLISHED);
    }

    @Test
    void revisingTwiceLeavesThreeVersionsWithOnlyTheLatestPublished() {
        ProcessInstance lifecycle = publishedCode();
        for (String promise : List.of("Delivery within 2 days", "Delivery within 1 day")) {
            scenario.fire("Timer_ReviewDue", key);
            review("REVISE");
            scenario.publishAndImplement(key, promise);
        }

        assertThat(lifecycle).isWaitingAt("Gateway_ReviewTrigger");
        assertThat(scenario.versions(key)).extracting(CodeVersion::getNumber, CodeVersion::getState)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, VersionState.SUPERSEDED),
                        org.assertj.core.groups.Tuple.tuple(2, VersionState.SUPERSEDED),
                        org.assertj.core.groups.Tuple.tuple(3, VersionState.PUBLISHED));
        assertThat(scenario.versions(key).get(2).getPromises().get(0).getText()).isEqualTo("Delivery within 1 day");
    }

    @Test
    void reviseRunsANewVersionThroughDevelopmentAndSupersedesTheOldOne() {
        ProcessInstance lifecycle = publishedCode();
        scenario.fire("Timer_ReviewDue", key);
        review("REVISE");

        assertThat(lifecycle).hasPassed("CallActivity_ReviewCode").isWaitingAt("CallActivity_DevelopCode");
        assertThat(scenario.versions(key)).extracting(CodeVersion::getNumber, CodeVersion::getState)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, VersionState.PUBLISHED),
                        org.assertj.core.groups.Tuple.tuple(2, VersionState.DRAFT));
        assertThat(scenario.versions(key).get(1).getPromises()).extracting(p -> p.getText())
                .as("the new draft starts as a copy of the published version")
                .containsExactlyElementsOf(scenario.versions(key).get(0).getPromises().stream()
                        .map(p -> p.getText()).toList())
                .contains("Delivery within 3 days");

        scenario.publishAndImplement(key, "Delivery within 2 days");

        assertThat(scenario.versions(key)).extracting(CodeVersion::getNumber, CodeVersion::getState)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, VersionState.SUPERSEDED),
                        org.assertj.core.groups.Tuple.tuple(2, VersionState.PUBLISHED));
        assertThat(scenario.versions(key).get(1).getPromises().get(0).getText()).isEqualTo("Delivery within 2 days");
        assertThat(scenario.versions(key).get(0).getPromises().get(0).getText()).isEqualTo("Delivery within 3 days");
        assertThat(lifecycle).isWaitingAt("Gateway_ReviewTrigger");
    }

    @Test
    void aRejectedRevisionLeavesThePublishedVersionInForce() {
        ProcessInstance lifecycle = publishedCode();
        scenario.fire("Timer_ReviewDue", key);
        review("REVISE");
        scenario.developUntilApproval(key, "Delivery within 10 days");
        scenario.complete("tom", key, "Task_ApproveCode", form("approvalDecision", "REJECTED",
                "approvalComment", "Worse than today"));

        assertThat(lifecycle).hasNotPassed("EndEvent_CodeRejected")
                .isWaitingAt("Gateway_ReviewTrigger");
        assertThat(scenario.versions(key)).extracting(CodeVersion::getState)
                .containsExactly(VersionState.PUBLISHED, VersionState.REJECTED);
    }

    @Test
    void withdrawEndsTheCodeAndWithdrawsItsPublishedVersion() {
        Map<String, Long> before = listTotals();
        ProcessInstance lifecycle = publishedCode();
        assertThat(listTotals()).isEqualTo(recounted()).containsEntry("ALL", before.get("ALL") + 1)
                .containsEntry("IN_FORCE", before.get("IN_FORCE") + 1)
                .containsEntry("PUBLISHED_ONCE", before.get("PUBLISHED_ONCE") + 1)
                .containsEntry("IN_FORCE_DELIVERY", before.get("IN_FORCE_DELIVERY") + 1);
        scenario.fire("Timer_ReviewDue", key);
        review("WITHDRAW");

        assertThat(lifecycle).hasPassed("ServiceTask_WithdrawCode", "EndEvent_CodeWithdrawn").isEnded();
        assertThat(scenario.versions(key)).extracting(CodeVersion::getState).containsExactly(VersionState.WITHDRAWN);
        Code code = codes.getByKey(key);
        assertThat(code.isWithdrawn()).isTrue();
        assertThat(code.isAcceptingComplaints()).isFalse();
        assertThat(code.isInForce()).isFalse();
        assertThat(kindsOfPromiseListed()).isEmpty();
        assertThat(listTotals()).as("customers have seen it").isEqualTo(recounted())
                .containsEntry("IN_FORCE", before.get("IN_FORCE"))
                .containsEntry("PUBLISHED_ONCE", before.get("PUBLISHED_ONCE") + 1)
                .containsEntry("IN_FORCE_DELIVERY", before.get("IN_FORCE_DELIVERY"));
    }

    @Test
    void thePublicListByKindOfPromiseFollowsTheVersionInForce() {
        publishedCode();
        assertThat(codes.getByKey(key).isInForce()).isTrue();
        assertThat(kindsOfPromiseListed()).containsExactlyInAnyOrder("DELIVERY", "RETURNS");

        scenario.revise(key, ProcessScenario.revisedDraftForm());

        assertThat(scenario.versions(key)).extracting(CodeVersion::getState)
                .containsExactly(VersionState.SUPERSEDED, VersionState.PUBLISHED);
        assertThat(codes.getByKey(key).isInForce()).isTrue();
        assertThat(kindsOfPromiseListed()).containsExactlyInAnyOrder("DELIVERY", "RETURNS", "COMPLAINTS");
        assertThat(listTotals()).isEqualTo(recounted());
    }

    /** The totals the code lists show (CodeListTotals), by list. */
    private Map<String, Long> listTotals() {
        Map<String, Long> totals = new TreeMap<>();
        jdbc.query("select list_name, total from code_list_total",
                (RowCallbackHandler) row -> totals.put(row.getString(1), row.getLong(2)));
        return totals;
    }

    /** The same totals counted from the lists themselves. */
    private Map<String, Long> recounted() {
        Map<String, Long> totals = new TreeMap<>();
        for (PromiseCategory category : PromiseCategory.values()) {
            totals.put("IN_FORCE_" + category.name(), jdbc.queryForObject(
                    "select count(*) from code_in_force_category where category = ?", Long.class, category.name()));
        }
        totals.put("ALL", jdbc.queryForObject("select count(*) from code", Long.class));
        totals.put("IN_FORCE", jdbc.queryForObject("select count(*) from code where in_force = true", Long.class));
        totals.put("PUBLISHED_ONCE", jdbc.queryForObject("select count(*) from code where published_once = true",
                Long.class));
        return totals;
    }

    private List<String> kindsOfPromiseListed() {
        return jdbc.queryForList("select l.category from code_in_force_category l join code c on c.id = l.code_id"
                + " where c.code_key = ? and l.title = c.title", String.class, key);
    }

    @Test
    void aStartFormWithoutCodeKeyIsRefusedAndCreatesNothing() {
        Map<String, Object> form = startForm(key);
        form.remove("codeKey");
        assertRefusedWithoutTrace(form, "codeKey");
    }

    @Test
    void aDuplicateCodeKeyIsRefusedAndCreatesNothing() {
        scenario.startCode(key);
        long instances = runtime.createProcessInstanceQuery().processDefinitionKey("codeLifecycle").count();

        assertThatThrownBy(() -> scenario.startCode(startForm(key)))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessage("Code key: a code with key " + key + " already exists — choose another key");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("codeLifecycle").count())
                .isEqualTo(instances);
        assertThat(scenario.versions(key)).hasSize(1);
    }

    @Test
    void anInvalidReviewIntervalIsRefusedAndCreatesNothing() {
        Map<String, Object> form = startForm(key);
        form.put("reviewIntervalMonths", 0L);
        assertRefusedWithoutTrace(form, "reviewIntervalMonths");
        form.put("reviewIntervalMonths", 100L);
        assertRefusedWithoutTrace(form, "reviewIntervalMonths");
    }

    private void assertRefusedWithoutTrace(Map<String, Object> form, String field) {
        long instances = runtime.createProcessInstanceQuery().count();
        long codeCount = codes.count();
        assertThatThrownBy(() -> scenario.startCode(form))
                .isInstanceOfSatisfying(InvalidFormInputException.class, refused -> assertThat(refused.field())
                        .isEqualTo(field));
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
        assertThat(codes.count()).isEqualTo(codeCount);
        assertThat(codes.findByKey(key)).isEmpty();
    }
}
