package io.customercodes.satisfaction;

import static io.customercodes.ProcessScenario.evaluationForm;
import static io.customercodes.ProcessScenario.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.ProcessTest;
import io.customercodes.system.EngineClock;
import java.sql.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Customers' answers on the public page reach the review (ISO 10001 clause 8.3): the review's data shows the
 * average, how many answered, the change against the period before and the comments, and a poor score from
 * enough answers brings the next review forward.
 */
class SatisfactionInReviewTest extends ProcessTest {

    @Autowired
    SatisfactionAnswers answers;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcTemplate jdbc;

    final String key = ProcessScenario.uniqueKey("CSAT");

    @BeforeEach
    void publishedCode() {
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Delivery within 3 days");
    }

    @Test
    void theReviewDataShowsTheAverageTheTrendAndTheCommentsQuotedAndBounded() {
        answeredTheDayBefore(4);
        answeredTheDayBefore(5);
        for (int i = 0; i < 9; i++) {
            answers.record(key, 2, null);
        }
        answers.record(key, 2, "I could not tell *when* my parcel would come.\n# Not a heading");
        for (int i = 0; i < SatisfactionSummary.MAX_COMMENTS + 5; i++) {
            answers.record(key, 3, "Comment " + i + " " + "z".repeat(400));
        }
        scenario.fire("Timer_ReviewDue", key);

        String data = (String) tasks.getVariable(scenario.task(key, "Task_EvaluateCode").getId(), "reviewDataSummary");

        assertThat(data).contains("#### Satisfaction with the code since")
                .contains("- Average score: 2.7 of 5, from 35 answers")
                .contains("): 4.5 of 5 from 2 answers")
                .contains("- Change: −1.8 (worse)")
                .contains("##### Comments, newest first")
                .contains("_Only the latest " + SatisfactionSummary.MAX_COMMENTS + " comments are shown._")
                .contains("> Comment 24 " + "z".repeat(SatisfactionSummary.MAX_COMMENT_SHOWN - "Comment 24 ".length()) + " …")
                .doesNotContain("z".repeat(SatisfactionSummary.MAX_COMMENT_SHOWN))
                .contains("/manage/codes/" + key + "/charts/satisfaction.svg");
        assertThat(data.split("> Comment ", -1)).hasSize(SatisfactionSummary.MAX_COMMENTS + 1);
    }

    @Test
    void withoutAnswersTheReviewSaysSoAndTheIntervalIsTheCodesOwn() {
        scenario.review(key, "CONTINUE");

        ProcessInstance lifecycle = lifecycle();
        assertThat(variable(lifecycle, "averageSatisfactionScore")).isNull();
        assertThat(variable(lifecycle, "satisfactionAnswers")).isEqualTo(0);
        assertThat(variable(lifecycle, "monthsUntilNextReview")).isEqualTo(12);
    }

    @Test
    void aPoorScoreFromTenAnswersHalvesTheIntervalUntilTheNextReview() {
        for (int i = 0; i < 10; i++) {
            answers.record(key, i < 5 ? 2 : 3, null);
        }
        scenario.fire("Timer_ReviewDue", key);
        assertThat((String) tasks.getVariable(scenario.task(key, "Task_EvaluateCode").getId(), "reviewDataSummary"))
                .contains("- Average score: 2.5 of 5, from 10 answers");
        scenario.complete("mary", key, "Task_EvaluateCode", evaluationForm("Customers find it unclear", "CONTINUE"));
        scenario.complete("tom", key, "Task_DecideReview", form("reviewDecision", "CONTINUE",
                "reviewRationale", "Clarify at the next review"));

        ProcessInstance lifecycle = lifecycle();
        assertThat(variable(lifecycle, "averageSatisfactionScore")).isEqualTo(2.5);
        assertThat(variable(lifecycle, "satisfactionAnswers")).isEqualTo(10);
        assertThat(variable(lifecycle, "monthsUntilNextReview")).isEqualTo(6);
    }

    private void answeredTheDayBefore(int score) {
        Long codeId = scenario.code(key).getId();
        Long versionId = scenario.versions(key).get(0).getId();
        jdbc.update("insert into satisfaction_answer (code_id, version_id, answered_on, score) values (?, ?, ?, ?)",
                codeId, versionId, Date.valueOf(EngineClock.today().minusDays(1)), score);
    }

    private ProcessInstance lifecycle() {
        return runtime.createProcessInstanceQuery().processDefinitionKey("codeLifecycle").processInstanceBusinessKey(key)
                .singleResult();
    }

    private Object variable(ProcessInstance instance, String name) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(name)
                .singleResult().getValue();
    }
}
