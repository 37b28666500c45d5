package io.customercodes.measurement;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.customercodes.system.forms.FormSchema;
import io.customercodes.system.forms.FormSchemas;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A reading sent to the API is held to the limits of the Tasklist form that records readings. */
final class ReadingLimits {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ReadingLimits() {
    }

    static void check(BigDecimal value, LocalDate measuredOn, String note) {
        FormSchema form = FormSchemas.of("recordReadings");
        form.field("readings.value").named("value").check(value == null ? null : NODES.numberNode(value));
        form.field("readings.measuredOn").named("measuredOn")
                .check(measuredOn == null ? null : NODES.textNode(measuredOn.toString()));
        form.field("readingsNote").named("note").check(note == null ? null : NODES.textNode(note));
    }
}
