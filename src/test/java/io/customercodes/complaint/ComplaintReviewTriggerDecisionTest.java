package io.customercodes.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.DecisionTable;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/complaintReviewTrigger.dmn, rule by rule, on the DMN engine alone. */
class ComplaintReviewTriggerDecisionTest {

    static final DecisionTable table = new DecisionTable("complaintReviewTrigger.dmn", "complaintReviewTrigger");

    @ParameterizedTest(name = "{0} recent complaints, {1} about safety -> review {2} ({3})")
    @CsvSource({
        "1, 1, true, Rule_SafetyIssue",
        "7, 2, true, Rule_SafetyIssue",
        "5, 0, true, Rule_ManyComplaints",
        "30, 0, true, Rule_ManyComplaints",
        "4, 0, false, Rule_UsualLevel",
        "0, 0, false, Rule_UsualLevel",
    })
    void theFirstMatchingRuleDecidesWhetherTheCodeIsReviewedNow(int recent, int safety, boolean expected,
            String expectedRule) {
        DmnDecisionTableResult result = table.evaluate(Map.of("recentComplaints", recent,
                "recentSafetyComplaints", safety));

        assertThat(result.getSingleResult().<Boolean>getSingleEntry()).isEqualTo(expected);
        assertThat(table.matchedRule()).isEqualTo(expectedRule);
    }
}
