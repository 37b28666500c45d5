package io.customercodes.system.forms;

import com.fasterxml.jackson.databind.JsonNode;
import io.customercodes.system.InvalidFormInputException;
import java.util.Map;
import java.util.Optional;

/** The input fields of one deployed Camunda Form: what a submission to it may contain, and within which limits. */
public record FormSchema(String formKey, Map<String, FormField> fields) {

    static FormSchema of(JsonNode form) {
        return new FormSchema(form.path("id").asText(), FormField.parse(form.get("components")));
    }

    /** The field at a path ("title", "promises.text"); for our API, which takes the same values as a form. */
    public FormField field(String path) {
        int dot = path.indexOf('.');
        FormField field = fields.get(dot < 0 ? path : path.substring(0, dot));
        if (field != null && dot >= 0) {
            field = field.entryFields() == null ? null : field.entryFields().get(path);
        }
        if (field == null) {
            throw new IllegalArgumentException("Form " + formKey + " has no field " + path);
        }
        return field;
    }

    /** The label people read for a field ("Code key"; "Target value" inside a list), or empty. */
    Optional<String> label(String path) {
        try {
            return Optional.of(field(path).label());
        } catch (IllegalArgumentException notAFieldOfThisForm) {
            return Optional.empty();
        }
    }

    /**
     * Refuses a submission that holds a value this form has no field for (it would land in the process as a
     * variable, where a listener or gateway might trust it) or a value outside its field's limits. Fields left
     * out keep what the task holds; the task listeners decide whether that is enough.
     */
    void check(Map<String, JsonNode> submitted) {
        for (Map.Entry<String, JsonNode> value : submitted.entrySet()) {
            FormField field = fields.get(value.getKey());
            if (field == null) {
                throw new InvalidFormInputException(value.getKey(), "is not a field of this form");
            }
            field.check(value.getValue());
        }
    }
}
