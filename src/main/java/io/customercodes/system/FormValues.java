package io.customercodes.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Reads the values Camunda Forms submit and writes values forms can show. Tasklist submits lists and
 * dynamic lists as JSON variables, numbers as Long or Double, text as String.
 */
public final class FormValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormValues() {
    }

    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    public static String requiredText(Object value, String field) {
        String text = text(value);
        if (text == null) {
            throw new InvalidFormInputException(field, "is required");
        }
        return text;
    }

    public static Integer integer(Object value, String field) {
        BigDecimal decimal = decimal(value, field);
        if (decimal == null) {
            return null;
        }
        try {
            return decimal.intValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidFormInputException(field, "must be a whole number");
        }
    }

    public static BigDecimal decimal(Object value, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new InvalidFormInputException(field, "must be a number");
        }
    }

    public static <E extends Enum<E>> E choice(Object value, Class<E> type, String field) {
        String text = requiredText(value, field);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new InvalidFormInputException(field, "'" + text + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }

    public static List<String> strings(Object value, String field) {
        List<String> strings = new ArrayList<>();
        for (Object item : list(value, field)) {
            String text = text(item);
            if (text != null) {
                strings.add(text);
            }
        }
        return strings;
    }

    /** The entries of a dynamic list, each a map from the list's field keys to values. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> entries(Object value, String field) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Object item : list(value, field)) {
            if (!(item instanceof Map)) {
                throw new InvalidFormInputException(field, "must be a list of entries");
            }
            entries.add((Map<String, Object>) item);
        }
        return entries;
    }

    private static List<?> list(Object value, String field) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        String json;
        if (value instanceof SerializableValue serializable && serializable.getValueSerialized() != null) {
            json = serializable.getValueSerialized();
        } else if (value instanceof TypedValue typed) {
            return list(typed.getValue(), field);
        } else {
            json = value instanceof SpinJsonNode node ? node.toString() : value.toString();
        }
        if (json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<Object>>() { });
        } catch (JsonProcessingException e) {
            throw new InvalidFormInputException(field, "must be a list");
        }
    }

    /** A JSON variable a Camunda Form can bind a list or dynamic list to. */
    public static TypedValue json(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write form value as JSON", e);
        }
    }
}
