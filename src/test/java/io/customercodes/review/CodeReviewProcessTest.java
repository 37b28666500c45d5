package io.customercodes.review;

import static io.customercodes.ProcessScenario.evaluationForm;
import static io.customercodes.ProcessScenario.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.ProcessTest;
import io.customercodes.system.InvalidFormInputException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

class CodeReviewProcessTest extends ProcessTest {

    @Autowired
    CodeReviewRepository reviews;

    @Autowired
    TaskService tasks;

    final String key = ProcessScenario.uniqueKey("REV");
    ProcessInstance review;

    @BeforeEach
    void publishedCodeDueForReview() {
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Delivery within 3 days");
        scenario.fire("Timer_ReviewDue", key);
        review = instance("codeReview", key);
        assertThat(review).hasPassed("ServiceTask_CollectReviewData").isWaitingAt("Task_EvaluateCode");
    }

    @ParameterizedTest
    @EnumSource(ReviewDecision.class)
    void topManagementDecidesAndTheReviewIsStoredWithWhoAndWhen(ReviewDecision decision) {
        String summary = (String) tasks.getVariable(scenario.task(key, "Task_EvaluateCode").getId(),
                "reviewDataSummary");
        assertThat(summary).contains(key).contains("Orders on time");

        scenario.complete("mary", key, "Task_EvaluateCode", evaluationForm("Targets met", "CONTINUE"));
        assertThat(review).isWaitingAt("Task_DecideReview");
        assertThat(tasks.getVariable(scenario.task(key, "Task_DecideReview").getId(), "evaluation"))
                .isEqualTo("Targets met");
        scenario.complete("tom", key, "Task_DecideReview", form("reviewDecision", decision.name(),
                "reviewRationale", "Because"));

        assertThat(review).hasPassed("EndEvent_ReviewDecided").isEnded();
        assertThat(reviews.findById(reviewId())).get().satisfies(r -> {
            assertThat(r.getRecommendation()).isEqualTo(ReviewDecision.CONTINUE);
            assertThat(r.getEvaluatedBy()).isEqualTo("mary");
            assertThat(r.getDecision()).isEqualTo(decision);
            assertThat(r.getDecidedBy()).isEqualTo("tom");
            assertThat(r.getDecidedAt()).isNotNull();
            assertThat(r.getDueOn()).isNotNull();
        });
    }

    @Test
    void aDecisionNeedsARationale() {
        scenario.complete("mary", key, "Task_EvaluateCode", evaluationForm("Fine", "CONTINUE"));
        Task decide = scenario.task(key, "Task_DecideReview");
        assertThatThrownBy(() -> scenario.complete("tom", decide, form("reviewDecision", "WITHDRAW")))
                .isInstanceOf(InvalidFormInputException.class).hasFieldOrPropertyWithValue("field", "reviewRationale");
        assertThat(review).isWaitingAt("Task_DecideReview");
    }

    @Test
    void theNextReviewsDataSaysWhatTheLastReviewDecidedInWords() {
        scenario.complete("mary", key, "Task_EvaluateCode", evaluationForm("Targets met", "CONTINUE"));
        scenario.complete("tom", key, "Task_DecideReview", form("reviewDecision", "CONTINUE",
                "reviewRationale", "Keep going"));
        scenario.fire("Timer_ReviewDue", key);

        String summary = (String) tasks.getVariable(scenario.task(key, "Task_EvaluateCode").getId(),
                "reviewDataSummary");
        assertThat(summary).contains("Last review decided **Continue** on ").contains(" by tom")
                .doesNotContain("CONTINUE");
    }

    Long reviewId() {
        return (Long) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(review.getId()).variableName("reviewId").singleResult().getValue();
    }
}
