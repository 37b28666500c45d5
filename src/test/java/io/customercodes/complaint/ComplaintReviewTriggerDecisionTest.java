package io.customercodes.complaint;

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

/** processes/complaintReviewTrigger.dmn, rule by rule, on the DMN engine alone. */
class ComplaintReviewTriggerDecisionTest {

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
        try (InputStream model = Files.newInputStream(Path.of("processes", "complaintReviewTrigger.dmn"))) {
            decision = dmn.parseDecision("complaintReviewTrigger", model);
        }
    }

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
        DmnDecisionTableResult result = dmn.evaluateDecisionTable(decision, Map.of("recentComplaints", recent,
                "recentSafetyComplaints", safety));

        assertThat(result.getSingleResult().<Boolean>getSingleEntry()).isEqualTo(expected);
        assertThat(matchedRule.get()).isEqualTo(expectedRule);
    }
}
