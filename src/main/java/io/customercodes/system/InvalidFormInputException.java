package io.customercodes.system;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input a form accepted but the domain refuses. Thrown inside the engine's transaction, so nothing of
 * the submission is kept; the REST API answers 400 and Tasklist shows the message next to the form.
 */
public class InvalidFormInputException extends FormFieldValidationException {

    private final String field;

    public InvalidFormInputException(String field, String message) {
        super(field, field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
