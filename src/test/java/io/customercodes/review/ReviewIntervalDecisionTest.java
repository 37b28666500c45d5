package io.customercodes.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/reviewInterval.dmn, rule by rule, on the DMN engine alone. */
class ReviewIntervalDecisionTest {

    static final AtomicReference<String> matchedRule = new AtomicReference<>();
    static DmnEngine dmn;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws IOException {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(
                event -> matchedRule.set(event.getMatchingRules().get(0).getId())));
        dmn = configuration.buildEngine();
        try (InputStream model = Files.newInputStream(Path.of("processes", "reviewInterval.dmn"))) {
            decision = dmn.parseDecision("reviewInterval", model);
        }
    }

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
        DmnDecisionTableResult result = dmn.evaluateDecisionTable(decision, Map.of("reviewIntervalMonths", interval,
                "complaintsSinceLastReview", complaints, "missedIndicatorTargets", missed));

        assertThat(result.getSingleResult().<Number>getSingleEntry().intValue()).isEqualTo(expectedMonths);
        assertThat(matchedRule.get()).isEqualTo(expectedRule);
    }
}
