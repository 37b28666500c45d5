package io.customercodes.code;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.DecisionTable;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/developmentPath.dmn, rule by rule, on the DMN engine alone. */
class DevelopmentPathDecisionTest {

    static final DecisionTable table = new DecisionTable("developmentPath.dmn", "developmentPath");

    @ParameterizedTest(name = "small business {0}, customers only {1} -> {2}, declaration {3}, {4}, {5} months ({6})")
    @CsvSource({
        "true, true, 'top-management,code-managers', true, P10D, 24, Rule_SmallBusinessConsultsCustomersOnly",
        "true, false, 'top-management,code-managers', true, P14D, 24, Rule_SmallBusiness",
        "false, true, top-management, false, P21D, 12, Rule_StandardPath",
        "false, false, top-management, false, P21D, 12, Rule_StandardPath",
        ", , top-management, false, P21D, 12, Rule_StandardPath",
    })
    void theFirstMatchingRuleDecidesThePath(Boolean smallBusiness, Boolean customersOnly, String approverGroups,
            boolean declarationRequired, String deadline, int defaultInterval, String expectedRule) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("smallBusiness", smallBusiness);
        inputs.put("customersOnlyConsultation", customersOnly);

        DevelopmentPath path = DevelopmentPath.of(table.evaluate(inputs).getSingleResult().getEntryMap());

        assertThat(path).isEqualTo(new DevelopmentPath(approverGroups, declarationRequired, deadline,
                defaultInterval));
        assertThat(table.matchedRule()).isEqualTo(expectedRule);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"true", "false"})
    void theStandardPathIsWhatEveryCodeHadBeforeTheDecision(boolean customersOnly) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("smallBusiness", false);
        inputs.put("customersOnlyConsultation", customersOnly);
        assertThat(DevelopmentPath.of(table.evaluate(inputs).getSingleResult().getEntryMap()))
                .isEqualTo(DevelopmentPath.STANDARD);
    }
}
