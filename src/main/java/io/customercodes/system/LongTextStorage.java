package io.customercodes.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.springframework.stereotype.Component;

/** Text of any length in String variables: long values go to the byte array table, history keeps them. */
@Component
class LongTextStorage extends AbstractProcessEnginePlugin {

    @Override
    @SuppressWarnings("rawtypes")
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreVariableSerializers());
        // First, so it is asked before the engine's own String serializer.
        serializers.add(0, new LongStringValueSerializer());
        configuration.setCustomPreVariableSerializers(serializers);
        configuration.setHistoryEventProducer(new HistoryWithoutPersonalData());
    }
}
