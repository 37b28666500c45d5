package io.customercodes.system;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * A user task's local variables are its form: the context the form shows and the values the user types, which the
 * task's listener writes to our tables when the task completes ({@link FormTaskListener}). Full history would also
 * write each of them to the engine's variable history when the task is created, again when the form is submitted
 * and when the task ends: about 26 of the 172 statements a task of ours executes (scripts/count-statements.sh).
 * They are left out of it; the submission itself stays in the engine's history as form properties, and process
 * variables (decisions, ids) keep their full history. The history level stays "full": the engine refuses to start
 * on a database written at another level.
 */
class TaskFormVariablesOutOfHistory extends FormHistoryWithinColumn {

    @Override
    protected HistoryEvent createHistoricVariableEvent(VariableInstanceEntity variable, VariableScope scope,
            HistoryEventType type) {
        return variable.getTaskId() != null ? null : super.createHistoricVariableEvent(variable, scope, type);
    }
}
