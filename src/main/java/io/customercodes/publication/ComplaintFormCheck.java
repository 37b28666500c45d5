package io.customercodes.publication;

import com.fasterxml.jackson.databind.node.TextNode;
import io.customercodes.system.InvalidFormInputException;
import io.customercodes.system.forms.FormSchema;
import io.customercodes.system.forms.FormSchemas;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks the public complaint form field by field, so that a customer sees every problem at once, with the
 * limits of the form a handler fills in for a complaint by phone (forms/takeComplaint.form) — the same
 * complaint, so the same limits. The complaint intake checks again and has the last word.
 */
final class ComplaintFormCheck {

    static final FormSchema LIMITS = FormSchemas.of("takeComplaint");

    /** The labels the customer sees, in the order of the form. */
    static final Map<String, String> LABELS = labels();

    private ComplaintFormCheck() {
    }

    /** The problems of a filled-in form, by field, in the order of the form; empty when it can be filed. */
    static Map<String, String> problems(ComplaintForm form, int promiseCount) {
        Map<String, String> problems = new LinkedHashMap<>();
        String promise = form.promise();
        if (promise == null || promise.isBlank()) {
            problems.put("promise", "Choose the promise that was not kept, or “Something else”");
        } else if (!ComplaintForm.OTHER.equals(promise) && !isPromise(promise, promiseCount)) {
            problems.put("promise", "Choose one of the promises listed, or “Something else”");
        }
        text(problems, "whatHappened", form.whatHappened());
        text(problems, "remedyWanted", form.remedyWanted());
        text(problems, "complainantName", form.complainantName());
        text(problems, "complainantEmail", form.complainantEmail());
        text(problems, "complainantPhone", form.complainantPhone());
        if (blank(form.complainantEmail()) && blank(form.complainantPhone())) {
            problems.put("complainantEmail", "Give an e-mail address or a phone number, so that we can answer you");
        }
        if (!form.consents()) {
            problems.put("consentToStore", "Tick the box to let us keep these details: without them we cannot"
                    + " handle the complaint");
        }
        return problems;
    }

    /** A refusal of the intake, in the words of the form. */
    static String message(InvalidFormInputException refused) {
        String message = refused.reason();
        return switch (refused.field()) {
            case "complainantEmail" -> message.startsWith("is not") ? "Enter an e-mail address, such as"
                    + " name@example.com" : capitalized(message);
            case "complainantPhone" -> message.startsWith("is not") ? "Enter a phone number, such as"
                    + " +44 20 7946 0018" : capitalized(message);
            default -> LABELS.getOrDefault(refused.field(), refused.field()) + " " + message;
        };
    }

    /** The form's field the intake named; the promise's number is the promise chosen. */
    static String field(InvalidFormInputException refused) {
        return "promiseNumber".equals(refused.field()) ? "promise" : refused.field();
    }

    private static void text(Map<String, String> problems, String field, String value) {
        try {
            LIMITS.field(field).check(value == null ? null : TextNode.valueOf(value));
        } catch (InvalidFormInputException refused) {
            problems.put(field, LABELS.get(field) + " " + refused.reason());
        }
    }

    private static boolean isPromise(String promise, int promiseCount) {
        try {
            int number = Integer.parseInt(promise);
            return number >= 1 && number <= promiseCount;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String capitalized(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("promise", "Which promise was not kept?");
        labels.put("whatHappened", "What happened");
        labels.put("remedyWanted", "What you would like us to do");
        labels.put("complainantName", "Your name");
        labels.put("complainantEmail", "E-mail address");
        labels.put("complainantPhone", "Phone number");
        labels.put("consentToStore", "Consent");
        return labels;
    }
}
