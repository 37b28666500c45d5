package io.customercodes.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.DecisionTable;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/reviewInterval.dmn, rule by rule, on the DMN engine alone. */
class ReviewIntervalDecisionTest {

    static final DecisionTable table = new DecisionTable("reviewInterval.dmn", "reviewInterval");

    /** An empty average means nobody answered the satisfaction question. */
    @ParameterizedTest(name = "interval {0}, {1} complaints, {2} missed, satisfaction {3} from {4} -> {5} months ({6})")
    @CsvSource({
        "12, 0, 0, , 0, 12, Rule_PromisesKept",
        "12, 4, 0, , 0, 12, Rule_PromisesKept",
        "12, 0, 0, 2.9, 9, 12, Rule_PromisesKept",
        "12, 0, 0, 3.0, 40, 12, Rule_PromisesKept",
        "12, 0, 0, 4.5, 10, 12, Rule_PromisesKept",
        "12, 0, 2, , 0, 3, Rule_SeveralTargetsMissed",
        "2, 0, 5, , 0, 2, Rule_SeveralTargetsMissed",
        "24, 25, 3, 1.0, 50, 3, Rule_SeveralTargetsMissed",
        "12, 20, 0, , 0, 3, Rule_ManyComplaints",
        "1, 50, 0, 2.0, 30, 1, Rule_ManyComplaints",
        "12, 0, 0, 2.9, 10, 6, Rule_LowSatisfaction",
        "1, 0, 0, 1.0, 200, 1, Rule_LowSatisfaction",
        "12, 5, 1, 2.5, 12, 6, Rule_LowSatisfaction",
        "12, 0, 1, , 0, 6, Rule_OneTargetMissed",
        "1, 0, 1, , 0, 1, Rule_OneTargetMissed",
        "7, 3, 1, 4.0, 20, 3, Rule_OneTargetMissed",
        "12, 5, 0, , 0, 6, Rule_SomeComplaints",
        "3, 19, 0, 3.5, 15, 1, Rule_SomeComplaints",
    })
    void theFirstMatchingRuleDecidesTheMonthsUntilTheNextReview(int interval, int complaints, int missed,
            Double averageSatisfaction, int satisfactionAnswers, int expectedMonths, String expectedRule) {
        Map<String, Object> inputs = new HashMap<>(Map.of("reviewIntervalMonths", interval,
                "complaintsSinceLastReview", complaints, "missedIndicatorTargets", missed,
                "satisfactionAnswers", satisfactionAnswers));
        inputs.put("averageSatisfactionScore", averageSatisfaction);
        DmnDecisionTableResult result = table.evaluate(inputs);

        assertThat(result.getSingleResult().<Number>getSingleEntry().intValue()).isEqualTo(expectedMonths);
        assertThat(table.matchedRule()).isEqualTo(expectedRule);
    }
}
