package io.customercodes.system.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.customercodes.system.EngineClock;
import io.customercodes.system.InvalidFormInputException;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Submitted variables as JSON trees, whatever way they came: typed or untyped, Json variables serialized or
 * not, Java collections from an API caller. The form limits are checked on these trees.
 */
final class SubmittedValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SubmittedValues() {
    }

    static Map<String, JsonNode> of(Map<String, ?> variables) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        variables.forEach((name, value) -> values.put(name, json(name, value)));
        return values;
    }

    private static JsonNode json(String name, Object value) {
        if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
            return parse(name, serializable.getValueSerialized());
        }
        if (value instanceof TypedValue typed) {
            return json(name, typed.getValue());
        }
        if (value instanceof SpinJsonNode node) {
            return parse(name, node.toString());
        }
        if (value instanceof Date date) {
            return JsonNodeFactory.instance.textNode(LocalDate.ofInstant(date.toInstant(), EngineClock.zone()).toString());
        }
        return JSON.valueToTree(value);
    }

    private static JsonNode parse(String name, String serialized) {
        if (serialized == null) {
            return JsonNodeFactory.instance.nullNode();
        }
        try {
            return JSON.readTree(serialized);
        } catch (JsonProcessingException e) {
            throw new InvalidFormInputException(name, "is not valid JSON");
        }
    }
}
