package io.customercodes.sample;

import io.customercodes.system.FormValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sample code and how far the demo run takes it through its lifecycle; compliance passes it with the
 * justification given for what its draft lacks (null for a sample that stops before the accuracy check).
 */
record SampleCode(String manager, Map<String, Object> startForm, Map<String, Object> objectives,
        Map<String, Object> draft, Phase phase, String gapJustification) {

    /** The task the sample stops in front of, so each demo user finds work waiting. */
    enum Phase { CONSULTATION, ACCURACY_CHECK, APPROVAL, BRIEFING }

    /** The same sample, whose draft also says why it departs from its model code. */
    SampleCode withDeviationReasons(String reasons) {
        Map<String, Object> withReasons = new LinkedHashMap<>(draft);
        withReasons.put("deviationReasons", reasons);
        return new SampleCode(manager, startForm, objectives, withReasons, phase, gapJustification);
    }

    String key() {
        return (String) startForm.get("codeKey");
    }

    static Map<String, Object> start(String key, String title, String organization, String scope, int months,
            List<String> parties) {
        return form("codeKey", key, "title", title, "organization", organization, "scope", scope,
                "reviewIntervalMonths", (long) months, "stakeholders", FormValues.json(parties));
    }

    static Map<String, Object> objectives(String objectives, String complaints, String expectations, String legal) {
        return form("objectives", objectives, "complaintsAnalysis", complaints, "customerExpectations", expectations,
                "legalRequirements", legal);
    }

    static Map<String, Object> draft(List<Map<String, Object>> promises, List<Map<String, Object>> provisions,
            List<Map<String, Object>> indicators, List<String> teams, String procedures, String communicationPlan,
            String resources) {
        return form("promises", FormValues.json(promises), "provisions", FormValues.json(provisions),
                "indicators", FormValues.json(indicators),
                "teams", FormValues.json(teams.stream().map(t -> Map.of("name", t)).toList()),
                "procedures", procedures, "communicationPlan", communicationPlan, "resources", resources);
    }

    static Map<String, Object> promise(String category, String text) {
        return form("category", category, "text", text);
    }

    /** A start form that proposes a sponsor's model code. */
    static Map<String, Object> model(Map<String, Object> start) {
        Map<String, Object> form = new LinkedHashMap<>(start);
        form.put("codeKind", "MODEL");
        return form;
    }

    /**
     * A start form of a small business (ISO 10001 annex C): no review interval of its own, so the development
     * path's longer default applies.
     */
    static Map<String, Object> smallBusiness(Map<String, Object> start) {
        Map<String, Object> form = new LinkedHashMap<>(start);
        form.remove("reviewIntervalMonths");
        form.put("smallBusiness", true);
        return form;
    }

    /** A start form that starts the code from a published model code. */
    static Map<String, Object> adopting(String modelCodeKey, Map<String, Object> start) {
        Map<String, Object> form = new LinkedHashMap<>(start);
        form.put("modelCodeKey", modelCodeKey);
        return form;
    }

    /** A promise adapted from the model code's promise of this number. */
    static Map<String, Object> adapted(int modelPromise, String category, String text) {
        return form("category", category, "text", text, "modelPromise", (long) modelPromise);
    }

    /** An indicator adapted from the model code's indicator of this number. */
    static Map<String, Object> adapted(int modelIndicator, String name, Integer promiseNumber, String comparison,
            double target, String unit) {
        Map<String, Object> indicator = indicator(name, promiseNumber, comparison, target, unit);
        indicator.put("modelIndicator", (long) modelIndicator);
        return indicator;
    }

    static Map<String, Object> provision(String type, String text, Integer promiseNumber) {
        return form("type", type, "text", text, "promiseNumber", promiseNumber);
    }

    static Map<String, Object> indicator(String name, Integer promiseNumber, String comparison, double target,
            String unit) {
        return form("name", name, "promiseNumber", promiseNumber, "comparison", comparison, "targetValue", target,
                "unit", unit);
    }

    static Map<String, Object> form(Object... keysAndValues) {
        Map<String, Object> form = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            form.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return form;
    }
}
