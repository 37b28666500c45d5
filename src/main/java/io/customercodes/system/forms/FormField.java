package io.customercodes.system.forms;

import com.fasterxml.jackson.databind.JsonNode;
import io.customercodes.system.EngineClock;
import io.customercodes.system.InvalidFormInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One input of a Camunda Form with the limits the form declares (form-js schema: {@code validate.required},
 * {@code minLength}, {@code maxLength}, {@code pattern}, {@code min}, {@code max}, {@code decimalDigits}, the
 * options of a select, radio or checklist; for dates the custom properties {@code minDate} and
 * {@code maxDate}; for a pattern, {@code patternMessage} says in words what it asks for). Tasklist checks them as the user types; {@link #check} checks them again on the server,
 * because a submission need not come from Tasklist. A dynamic list is a field whose entries have fields.
 */
public record FormField(String path, String label, String type, boolean required, boolean readonly,
        boolean conditional, Integer minLength, Integer maxLength, Pattern pattern, String patternMessage,
        BigDecimal min, BigDecimal max,
        Integer decimalDigits, Set<String> options, LocalDate minDate, String maxDate,
        Map<String, FormField> entryFields) {

    /** Dates before this, or after the last day of {@link #LATEST_DATE}'s year, are typing mistakes. */
    static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);

    /** The same limits under another name, for an API that takes this form's value in a field of its own. */
    public FormField named(String name) {
        return new FormField(name, label, type, required, readonly, conditional, minLength, maxLength, pattern,
                patternMessage, min, max, decimalDigits, options, minDate, maxDate, entryFields);
    }

    public boolean isList() {
        return entryFields != null;
    }

    /** Refuses a submitted value (a JSON tree of what was sent) with a message naming this field. */
    public void check(JsonNode value) {
        check(value, null);
    }

    private void check(JsonNode value, Integer entry) {
        if (readonly) {
            return; // shown to the user, not taken from the submission
        }
        if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()
                || value.isArray() && value.isEmpty()) {
            if (required && !conditional) {
                throw invalid(entry, "is required");
            }
            return;
        }
        switch (type) {
            case "textfield", "textarea" -> checkText(value, entry);
            case "number" -> checkNumber(value, entry);
            case "select", "radio" -> checkOption(value, entry);
            case "checklist", "taglist" -> checkOptions(value, entry);
            case "checkbox" -> {
                if (!value.isBoolean()) {
                    throw invalid(entry, "must be true or false");
                }
            }
            case "datetime" -> checkDate(value, entry);
            case "dynamiclist" -> checkEntries(value);
            default -> {
                // a field type without limits of its own
            }
        }
    }

    private void checkText(JsonNode value, Integer entry) {
        if (!value.isTextual()) {
            throw invalid(entry, "must be text");
        }
        String text = value.asText();
        int length = text.codePointCount(0, text.length());
        if (maxLength != null && length > maxLength) {
            throw invalid(entry, "must be at most %,d characters long (it has %,d)".formatted(maxLength, length));
        }
        if (minLength != null && text.strip().length() < minLength) {
            throw invalid(entry, "must be at least %,d characters long".formatted(minLength));
        }
        if (pattern != null && !pattern.matcher(text).find()) {
            throw invalid(entry, patternMessage != null ? patternMessage : "is not in the expected form");
        }
    }

    private void checkNumber(JsonNode value, Integer entry) {
        BigDecimal number;
        if (value.isNumber()) {
            number = value.decimalValue();
        } else {
            throw invalid(entry, "must be a number");
        }
        if (min != null && number.compareTo(min) < 0 || max != null && number.compareTo(max) > 0) {
            throw invalid(entry, min == null ? "must be at most " + max.toPlainString()
                    : max == null ? "must be at least " + min.toPlainString()
                    : "must be from " + min.toPlainString() + " to " + max.toPlainString());
        }
        if (decimalDigits != null && Math.max(0, number.stripTrailingZeros().scale()) > decimalDigits) {
            throw invalid(entry, decimalDigits == 0 ? "must be a whole number"
                    : "may have at most " + decimalDigits + " decimal places");
        }
    }

    private void checkOption(JsonNode value, Integer entry) {
        if (options == null) {
            // Options that come with the form's data (valuesKey) are unknown here: the value is only checked as
            // text within the field's limits, and whoever takes it checks that it names something real.
            checkText(value, entry);
            return;
        }
        if (!value.isTextual()) {
            throw invalid(entry, "must be one of " + options);
        }
        if (options != null && !options.contains(value.asText())) {
            throw invalid(entry, "'" + value.asText() + "' is not one of " + options);
        }
    }

    private void checkOptions(JsonNode value, Integer entry) {
        if (!value.isArray()) {
            throw invalid(entry, "must be a list");
        }
        for (JsonNode item : value) {
            checkOption(item, entry);
        }
    }

    private void checkDate(JsonNode value, Integer entry) {
        if (!value.isTextual()) {
            throw invalid(entry, "must be a date (YYYY-MM-DD)");
        }
        LocalDate date;
        try {
            String text = value.asText();
            date = LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw invalid(entry, "must be a date (YYYY-MM-DD)");
        }
        LocalDate earliest = minDate != null ? minDate : EARLIEST_DATE;
        LocalDate latest = latestDate();
        if (date.isBefore(earliest)) {
            throw invalid(entry, "cannot be before " + earliest);
        }
        if (date.isAfter(latest)) {
            throw invalid(entry, "today".equals(maxDate) ? "cannot be in the future" : "cannot be after " + latest);
        }
    }

    private LocalDate latestDate() {
        if (maxDate == null) {
            return LATEST_DATE;
        }
        return "today".equals(maxDate) ? EngineClock.today() : LocalDate.parse(maxDate);
    }

    private void checkEntries(JsonNode value) {
        if (!value.isArray()) {
            throw invalid(null, "must be a list of entries");
        }
        int number = 0;
        for (JsonNode item : value) {
            number++;
            if (!item.isObject()) {
                throw invalid(number, "must be an entry with fields " + entryFields.keySet());
            }
            for (var submitted = item.fieldNames(); submitted.hasNext(); ) {
                String key = submitted.next();
                if (!entryFields.containsKey(path + "." + key)) {
                    throw new InvalidFormInputException(path + "." + key, "entry " + number
                            + " has a field this form does not have").labelled(label);
                }
            }
            for (FormField field : entryFields.values()) {
                field.check(item.get(field.path().substring(path.length() + 1)), number);
            }
        }
    }

    private InvalidFormInputException invalid(Integer entry, String message) {
        return new InvalidFormInputException(path, message)
                .labelled(entry == null ? label : label + " (entry " + entry + ")");
    }

    /** The limits of a form's fields, keyed by their path: "title", or "promises.text" inside a list. */
    static Map<String, FormField> parse(JsonNode components) {
        Map<String, FormField> fields = new LinkedHashMap<>();
        collect(components, "", fields);
        return fields;
    }

    private static void collect(JsonNode components, String prefix, Map<String, FormField> fields) {
        if (components == null) {
            return;
        }
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            if (type.equals("dynamiclist")) {
                String path = prefix + component.path("path").asText();
                Map<String, FormField> entry = new LinkedHashMap<>();
                collect(component.get("components"), path + ".", entry);
                fields.put(path, field(component, path, type, entry));
            } else if (component.has("components")) {
                String groupPath = component.path("path").asText("");
                collect(component.get("components"), groupPath.isEmpty() ? prefix : prefix + groupPath + ".", fields);
            } else if (component.has("key") && !Set.of("text", "button", "spacer", "separator", "image", "html",
                    "table", "iframe", "expression").contains(type)) {
                String path = prefix + component.get("key").asText();
                fields.put(path, field(component, path, type, null));
            }
        }
    }

    private static FormField field(JsonNode c, String path, String type, Map<String, FormField> entryFields) {
        JsonNode v = c.path("validate");
        JsonNode properties = c.path("properties");
        List<String> options = new ArrayList<>();
        c.path("values").forEach(option -> options.add(option.path("value").asText()));
        return new FormField(path, c.path("label").asText(path), type, v.path("required").asBoolean(false),
                c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false),
                c.hasNonNull("conditional"),
                v.hasNonNull("minLength") ? v.get("minLength").asInt() : null,
                v.hasNonNull("maxLength") ? v.get("maxLength").asInt() : null,
                v.hasNonNull("pattern") ? Pattern.compile(v.get("pattern").asText()) : null,
                properties.hasNonNull("patternMessage") ? properties.get("patternMessage").asText() : null,
                v.hasNonNull("min") ? v.get("min").decimalValue() : null,
                v.hasNonNull("max") ? v.get("max").decimalValue() : null,
                c.hasNonNull("decimalDigits") ? c.get("decimalDigits").asInt() : null,
                c.has("values") ? Collections.unmodifiableSet(new LinkedHashSet<>(options)) : null,
                properties.hasNonNull("minDate") ? LocalDate.parse(properties.get("minDate").asText()) : null,
                properties.hasNonNull("maxDate") ? properties.get("maxDate").asText() : null,
                entryFields);
    }
}
