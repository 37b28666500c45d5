package io.customercodes.system;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Stores a String variable that does not fit Camunda's text column (4,000 characters) in the engine's byte
 * array table instead, so a long text typed into a Tasklist form or shown back in one is kept whole at
 * runtime and in history. Such a value is still of type String for Tasklist, Cockpit and the REST API; only
 * its serializer name, {@value #NAME}, tells the engine where to read it from.
 */
class LongStringValueSerializer extends PrimitiveValueSerializer<StringValue> {

    static final String NAME = "longString";

    /** ACT_RU_VARIABLE.TEXT_, ACT_HI_VARINST.TEXT_ and ACT_HI_DETAIL.TEXT_ are varchar(4000). */
    static final int TEXT_COLUMN_LENGTH = 4000;

    LongStringValueSerializer() {
        super(ValueType.STRING);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    protected boolean canWriteValue(TypedValue value) {
        return value.getValue() instanceof String text && text.length() > TEXT_COLUMN_LENGTH;
    }

    @Override
    public StringValue convertToTypedValue(UntypedValueImpl untypedValue) {
        return Variables.stringValue((String) untypedValue.getValue(), untypedValue.isTransient());
    }

    @Override
    public StringValue readValue(ValueFields valueFields, boolean asTransientValue) {
        byte[] bytes = valueFields.getByteArrayValue();
        return Variables.stringValue(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8), asTransientValue);
    }

    @Override
    public void writeValue(StringValue value, ValueFields valueFields) {
        valueFields.setByteArrayValue(value.getValue().getBytes(StandardCharsets.UTF_8));
    }
}
