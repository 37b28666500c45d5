package io.customercodes.system;

import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * With full history the engine records every submitted form value as a "form property" whose column holds 4,000
 * characters. A longer text would fail the whole submission there, so that record is abbreviated and says where the
 * whole text is: in our tables, where the task's listener wrote it (a process variable also keeps it whole in its
 * variable history, see {@link LongStringValueSerializer}).
 */
class FormHistoryWithinColumn extends CacheAwareHistoryEventProducer {

    @Override
    public HistoryEvent createFormPropertyUpdateEvt(ExecutionEntity execution, String propertyId,
            String propertyValue, String taskId) {
        return super.createFormPropertyUpdateEvt(execution, propertyId, abbreviated(propertyValue), taskId);
    }

    static String abbreviated(String value) {
        int limit = LongStringValueSerializer.TEXT_COLUMN_LENGTH;
        if (value == null || value.length() <= limit) {
            return value;
        }
        String note = "… [" + value.length() + " characters; the whole text is in the application's records]";
        return value.substring(0, limit - note.length()) + note;
    }
}
