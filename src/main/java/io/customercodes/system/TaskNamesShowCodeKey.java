package io.customercodes.system;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Tasklist lists tasks by name only; a code manager with five codes in flight needs to see which code
 * a task belongs to. Every user task's name therefore ends with the business key (the code key).
 */
@Component
class TaskNamesShowCodeKey extends AbstractProcessEnginePlugin {

    private static final TaskListener APPEND_BUSINESS_KEY = TaskNamesShowCodeKey::appendBusinessKey;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ParseListeners.addAfterTheEngines(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_CREATE, APPEND_BUSINESS_KEY);
            }
        });
    }

    static void appendBusinessKey(DelegateTask task) {
        String key = task.getExecution().getProcessBusinessKey();
        if (key != null && task.getName() != null && !task.getName().endsWith(key)) {
            task.setName(task.getName() + " · " + key);
        }
    }
}
