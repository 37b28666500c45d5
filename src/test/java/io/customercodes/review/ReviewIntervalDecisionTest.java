package io.customercodes.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.DecisionTable;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/reviewInterval.dmn, rule by rule, on the DMN engine alone. */
class ReviewIntervalDecisionTest {

    static final DecisionTable table = new DecisionTable("reviewInterval.dmn", "reviewInterval");

    @ParameterizedTest(name = "interval {0}, {1} complaints, {2} missed -> {3} months ({4})")
    @CsvSource({
        "12, 0, 0, 12, Rule_PromisesKept",
        "12, 4, 0, 12, Rule_PromisesKept",
        "12, 0, 2, 3, Rule_SeveralTargetsMissed",
        "2, 0, 5, 2, Rule_SeveralTargetsMissed",
        "24, 25, 3, 3, Rule_SeveralTargetsMissed",
        "12, 20, 0, 3, Rule_ManyComplaints",
        "1, 50, 0, 1, Rule_ManyComplaints",
        "12, 0, 1, 6, Rule_OneTargetMissed",
        "1, 0, 1, 1, Rule_OneTargetMissed",
        "7, 3, 1, 3, Rule_OneTargetMissed",
        "12, 5, 0, 6, Rule_SomeComplaints",
        "3, 19, 0, 1, Rule_SomeComplaints",
    })
    void theFirstMatchingRuleDecidesTheMonthsUntilTheNextReview(int interval, int complaints, int missed,
            int expectedMonths, String expectedRule) {
        DmnDecisionTableResult result = table.evaluate(Map.of("reviewIntervalMonths", interval,
                "complaintsSinceLastReview", complaints, "missedIndicatorTargets", missed));

        assertThat(result.getSingleResult().<Number>getSingleEntry().intValue()).isEqualTo(expectedMonths);
        assertThat(table.matchedRule()).isEqualTo(expectedRule);
    }
}
