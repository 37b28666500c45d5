package io.customercodes;

import static io.customercodes.ProcessScenario.form;
import static io.customercodes.ProcessScenario.startForm;

import io.customercodes.system.FormValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Forms of a sponsor's model code and of codes that adopt it, as Tasklist submits them. */
public final class ModelCodes {

    private ModelCodes() {
    }

    /** The start form of a model code, as sara submits it. */
    public static Map<String, Object> modelStartForm(String key) {
        Map<String, Object> start = startForm(key, "CONSUMER_ORGANIZATIONS");
        start.put("codeKind", "MODEL");
        start.put("title", "Model code " + key);
        start.put("organization", "Retail Trade Association");
        return start;
    }

    /** The start form of a code started from the model code with this key. */
    public static Map<String, Object> adoptingStartForm(String key, String modelKey) {
        Map<String, Object> start = startForm(key, "STAFF");
        start.put("modelCodeKey", modelKey);
        return start;
    }

    /** Three promises, a complaint channel to fill in, two indicators: delivery ≥ 90 %, refunds ≤ 14 days. */
    public static Map<String, Object> modelDraftForm() {
        return form(
                "promises", FormValues.json(List.of(
                        form("category", "DELIVERY", "text", "In-stock items delivered within 5 working days"),
                        form("category", "RETURNS", "text", "Returns accepted within 30 days"),
                        form("category", "PERSONAL_INFORMATION", "text", "We never sell personal information"))),
                "provisions", FormValues.json(List.of(
                        form("type", "COMPLAINT_CHANNEL", "text", "Member to fill in: how customers complain"),
                        form("type", "DISPUTE_RESOLUTION", "text", "Retail ADR scheme of the association"))),
                "indicators", FormValues.json(List.of(
                        form("name", "Orders delivered within 5 days", "promiseNumber", 1L, "comparison", "AT_LEAST",
                                "targetValue", 90L, "unit", "%"),
                        form("name", "Refund time", "promiseNumber", 2L, "comparison", "AT_MOST",
                                "targetValue", 14L, "unit", "days"))),
                "teams", FormValues.json(List.of()),
                "procedures", "Guidance for members", "communicationPlan", "Association website",
                "resources", "Code secretariat");
    }

    /**
     * The adopter's draft: model promises 1 to 3 adapted (1 tightened to 3 days), a promise of its own, its own
     * complaint channel, the delivery target tightened to 95 % and the refund target kept; with these numbers the
     * caller can remove or loosen.
     */
    public static Map<String, Object> adoptedDraftForm(List<Map<String, Object>> promises,
            List<Map<String, Object>> indicators, String reasons) {
        Map<String, Object> draft = new LinkedHashMap<>(form(
                "promises", FormValues.json(promises),
                "provisions", FormValues.json(List.of(
                        form("type", "COMPLAINT_CHANNEL", "text", "complaints@shop.example or 0100 200 300"),
                        form("type", "RESPONSIBILITY", "text", "Our customer service lead"),
                        form("type", "DISPUTE_RESOLUTION", "text", "Retail ADR scheme of the association"))),
                "indicators", FormValues.json(indicators),
                "teams", FormValues.json(List.of(form("name", "Customer service"))),
                "procedures", "Daily delivery report", "communicationPlan", "Footer link",
                "resources", "Two agents"));
        draft.put("deviationReasons", reasons);
        return draft;
    }

    public static Map<String, Object> adaptedPromise(long modelPromise, String category, String text) {
        return form("category", category, "text", text, "modelPromise", modelPromise);
    }

    public static Map<String, Object> ownPromise(String category, String text) {
        return form("category", category, "text", text);
    }

    public static Map<String, Object> adaptedIndicator(long modelIndicator, String name, long promiseNumber,
            String comparison, long target, String unit) {
        return form("name", name, "promiseNumber", promiseNumber, "comparison", comparison, "targetValue", target,
                "unit", unit, "modelIndicator", modelIndicator);
    }

    /** Every model promise kept (promise 1 tightened), one added; delivery target tightened to 95 %. */
    public static Map<String, Object> strongerAdoptedDraft() {
        return adoptedDraftForm(List.of(
                        adaptedPromise(1, "DELIVERY", "In-stock items delivered within 3 working days"),
                        adaptedPromise(2, "RETURNS", "Returns accepted within 30 days"),
                        adaptedPromise(3, "PERSONAL_INFORMATION", "We never sell personal information"),
                        ownPromise("PRODUCT_ATTRIBUTES", "Damaged goods replaced at once")),
                List.of(adaptedIndicator(1, "Orders delivered within 3 days", 1, "AT_LEAST", 95, "%"),
                        adaptedIndicator(2, "Refund time", 2, "AT_MOST", 14, "days")),
                null);
    }
}
