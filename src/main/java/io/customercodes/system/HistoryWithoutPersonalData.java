package io.customercodes.system;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.variable.type.ValueType;

/**
 * Full history records every submitted form value twice (variable update and form property). For the
 * fields of {@link PersonalData} it records that they were set, never what they held.
 */
class HistoryWithoutPersonalData extends TaskFormVariablesOutOfHistory {

    @Override
    public HistoryEvent createFormPropertyUpdateEvt(ExecutionEntity execution, String propertyId,
            String propertyValue, String taskId) {
        return super.createFormPropertyUpdateEvt(execution, propertyId,
                PersonalData.FORM_FIELDS.contains(propertyId) ? PersonalData.REDACTED : propertyValue, taskId);
    }

    @Override
    protected void initHistoricVariableUpdateEvt(HistoricVariableUpdateEventEntity event,
            VariableInstanceEntity variable, HistoryEventType eventType) {
        super.initHistoricVariableUpdateEvt(event, variable, eventType);
        if (PersonalData.FORM_FIELDS.contains(event.getVariableName())) {
            event.setSerializerName(ValueType.NULL.getName());
            event.setTextValue(null);
            event.setTextValue2(null);
            event.setLongValue(null);
            event.setDoubleValue(null);
            event.setByteValue(null);
        }
    }
}
