package io.customercodes.system;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input a form accepted but the domain refuses. Thrown inside the engine's transaction, so nothing of
 * the submission is kept; the REST API answers 400 and Tasklist shows the message next to the form.
 *
 * <p>The message is for the person who typed the value: the field as the form labels it, then what is wrong
 * and what to do. Where the thrower does not know the label, the form guard adds it from the deployed form;
 * API clients find the field's name in {@link #field()}.
 */
public class InvalidFormInputException extends FormFieldValidationException {

    private final String field;
    private final String reason;
    private final String label;

    public InvalidFormInputException(String field, String reason) {
        this(field, reason, null);
    }

    private InvalidFormInputException(String field, String reason, String label) {
        super(field, (label != null ? label : field) + ": " + reason);
        this.field = field;
        this.reason = reason;
        this.label = label;
    }

    /** The same refusal, named as the form labels the field ("Code key" rather than "codeKey"). */
    public InvalidFormInputException labelled(String label) {
        InvalidFormInputException labelled = new InvalidFormInputException(field, reason, label);
        labelled.setStackTrace(getStackTrace());
        return labelled;
    }

    public boolean isLabelled() {
        return label != null;
    }

    /** The name of the variable or API field, e.g. "codeKey" or "indicators.targetValue". */
    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
