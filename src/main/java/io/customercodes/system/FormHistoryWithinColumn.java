package io.customercodes.system;

import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * With full history the engine records every submitted form text twice: as a variable update (kept whole,
 * see {@link LongStringValueSerializer}) and as a "form property" whose column holds 4,000 characters. A
 * longer text would fail the whole submission there, so that second record is abbreviated and says where
 * the whole text is.
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
        String note = "… [" + value.length() + " characters; the whole text is in the variable's history]";
        return value.substring(0, limit - note.length()) + note;
    }
}
