package io.customercodes.system.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.customercodes.system.EngineClock;
import io.customercodes.system.FormValues;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Fills a deployed Camunda Form as a user who fills every field would, within the limits the form declares:
 * the chosen option where a choice decides the path, else the first; every box of a checklist; one entry per
 * dynamic list (or the entries the task shows, completed). Reads whichever form the engine has deployed, so
 * it follows the models of any release.
 */
public final class FormFiller {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> choices;

    /**
     * @param choices values for fields by key (an option, a text where a pattern applies, a number), or for a
     *     dynamic list by its path, the whole list of entries
     */
    public FormFiller(Map<String, Object> choices) {
        this.choices = choices;
    }

    /**
     * @param form the deployed form
     * @param shown what the task already holds, by variable name (a dynamic list prefilled by a listener)
     */
    public Map<String, Object> fill(InputStream form, Function<String, Object> shown) {
        FormSchema schema;
        try (form) {
            schema = FormSchema.of(JSON.readTree(form));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : schema.fields().values()) {
            if (field.readonly()) {
                continue;
            }
            if (field.isList() && choices.get(field.path()) instanceof List<?> given) {
                values.put(field.path(), FormValues.json(given));
            } else if (field.isList()) {
                values.put(field.path(), FormValues.json(entries(field, shown.apply(field.path()))));
            } else {
                values.put(field.path(), value(field, field.path()));
            }
        }
        return values;
    }

    private List<Map<String, Object>> entries(FormField list, Object shown) {
        List<Map<String, Object>> entries = new ArrayList<>();
        JsonNode prefilled = shown == null ? null : read(shown.toString());
        if (prefilled != null && prefilled.isArray() && !prefilled.isEmpty()) {
            for (JsonNode row : prefilled) {
                Map<String, Object> entry = JSON.convertValue(row, LinkedHashMap.class);
                entries.add(fillEntry(list, entry));
            }
        } else {
            entries.add(fillEntry(list, new LinkedHashMap<>()));
        }
        return entries;
    }

    private Map<String, Object> fillEntry(FormField list, Map<String, Object> entry) {
        for (FormField field : list.entryFields().values()) {
            if (!field.readonly()) {
                String key = field.path().substring(list.path().length() + 1);
                entry.put(key, value(field, key));
            }
        }
        return entry;
    }

    private Object value(FormField field, String key) {
        if (choices.containsKey(key)) {
            return choices.get(key);
        }
        return switch (field.type()) {
            case "number" -> number(field);
            case "select", "radio" -> field.options().iterator().next();
            case "checklist", "taglist" -> FormValues.json(List.copyOf(field.options()));
            case "checkbox" -> true;
            case "datetime" -> EngineClock.today().toString();
            default -> text(field);
        };
    }

    private static Object number(FormField field) {
        BigDecimal value = BigDecimal.ONE;
        if (field.min() != null && value.compareTo(field.min()) < 0) {
            value = field.min();
        }
        if (field.max() != null && value.compareTo(field.max()) > 0) {
            value = field.max();
        }
        return value.longValueExact();
    }

    private static String text(FormField field) {
        if (field.pattern() != null) {
            throw new IllegalArgumentException("Field " + field.path() + " has a pattern (" + field.pattern()
                    + "): give its value as a choice");
        }
        String text = "Filled in for the upgrade test";
        return field.minLength() != null && text.length() < field.minLength()
                ? text + "x".repeat(field.minLength() - text.length()) : text;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException notJson) {
            return null;
        }
    }
}
