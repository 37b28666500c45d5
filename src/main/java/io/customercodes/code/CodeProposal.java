package io.customercodes.code;

import io.customercodes.system.FormValues;
import io.customercodes.system.InvalidFormInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the start form of a code's lifecycle asks for, checked field by field. An empty review interval leaves
 * it to the development path (processes/developmentPath.dmn).
 */
public record CodeProposal(String codeKey, String title, String organization, String scope,
        Integer reviewIntervalMonths, List<InterestedParty> interestedParties, boolean smallBusiness,
        ExampleDraft exampleDraft, CodeKind kind, String modelCodeKey) {

    static final Pattern KEY = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
    static final int MAX_REVIEW_INTERVAL_MONTHS = 60;

    public static CodeProposal fromForm(Map<String, Object> form) {
        String key = FormValues.requiredText(form.get("codeKey"), "codeKey");
        if (!KEY.matcher(key).matches()) {
            throw new InvalidFormInputException("codeKey",
                    "use 2 to 40 capital letters, digits and hyphens, e.g. MY-SHOP");
        }
        String title = limited(FormValues.requiredText(form.get("title"), "title"), 200, "title");
        String organization = limited(FormValues.requiredText(form.get("organization"), "organization"), 200,
                "organization");
        String scope = limited(FormValues.requiredText(form.get("scope"), "scope"), 8000, "scope");
        Integer interval = FormValues.integer(form.get("reviewIntervalMonths"), "reviewIntervalMonths");
        if (interval != null && (interval < 1 || interval > MAX_REVIEW_INTERVAL_MONTHS)) {
            throw new InvalidFormInputException("reviewIntervalMonths",
                    "must be a whole number of months from 1 to " + MAX_REVIEW_INTERVAL_MONTHS);
        }
        List<InterestedParty> parties = new ArrayList<>();
        for (String party : FormValues.strings(form.get("stakeholders"), "stakeholders")) {
            InterestedParty p = FormValues.choice(party, InterestedParty.class, "stakeholders");
            if (!parties.contains(p)) {
                parties.add(p);
            }
        }
        if (parties.isEmpty()) {
            throw new InvalidFormInputException("stakeholders", "choose at least one interested party to consult");
        }
        CodeKind kind = FormValues.text(form.get("codeKind")) == null ? CodeKind.ORGANIZATION
                : FormValues.choice(form.get("codeKind"), CodeKind.class, "codeKind");
        String modelCodeKey = FormValues.text(form.get("modelCodeKey"));
        if (modelCodeKey != null) {
            modelCodeKey = modelCodeKey.toUpperCase(Locale.ROOT);
            if (!KEY.matcher(modelCodeKey).matches()) {
                throw new InvalidFormInputException("modelCodeKey",
                        "is not a code key: use the key of a published model code, e.g. FAIR-ONLINE-RETAIL");
            }
            if (kind == CodeKind.MODEL) {
                throw new InvalidFormInputException("modelCodeKey",
                        "a model code cannot start from another model code: leave it empty or propose your own code");
            }
        }
        return new CodeProposal(key, title, organization, scope, interval, parties, smallBusiness(form),
                exampleDraft(form), kind, modelCodeKey);
    }

    /** Consultation limited to customer representatives, which the small-business path shortens. */
    public boolean consultsCustomersOnly() {
        return interestedParties.equals(List.of(InterestedParty.CUSTOMER_REPRESENTATIVES));
    }

    private static boolean smallBusiness(Map<String, Object> form) {
        Object value = form.get("smallBusiness");
        if (value == null || value instanceof String s && s.isBlank()) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        return switch (value.toString().strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidFormInputException("smallBusiness", "must be true or false");
        };
    }

    /**
     * A first draft starts from one source: an example, or (where the form offers it) a model code. Both at
     * once is refused rather than one silently ignored.
     */
    private static ExampleDraft exampleDraft(Map<String, Object> form) {
        if (FormValues.text(form.get("exampleDraft")) == null) {
            return null;
        }
        ExampleDraft example = FormValues.choice(form.get("exampleDraft"), ExampleDraft.class, "exampleDraft");
        if (FormValues.text(form.get("modelCodeKey")) != null) {
            throw new InvalidFormInputException("exampleDraft",
                    "start either from a model code or from an example, not both");
        }
        return example;
    }

    private static String limited(String text, int max, String field) {
        if (text.length() > max) {
            throw new InvalidFormInputException(field, "must be at most " + max + " characters");
        }
        return text;
    }
}
