package io.customercodes.system;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A process started by a call activity (development, implementation, review of a code) works on the
 * subject of its caller, recorded as it starts: the variables handed in are only for Cockpit to show.
 */
@Component
class CalledProcessesInheritSubject extends AbstractProcessEnginePlugin {

    private final ObjectProvider<Subjects> subjects;

    CalledProcessesInheritSubject(ObjectProvider<Subjects> subjects) {
        this.subjects = subjects;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ExecutionListener inherit = execution -> subjects.getObject().inheritFromCaller(execution);
        ParseListeners.addAfterTheEngines(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                processDefinition.addListener(ExecutionListener.EVENTNAME_START, inherit);
            }
        });
    }
}
