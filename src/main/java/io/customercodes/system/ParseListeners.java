package io.customercodes.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Adds a BPMN parse listener of ours after the engine's own, beside those other plugins added. */
public final class ParseListeners {

    private ParseListeners() {
    }

    public static void addAfterTheEngines(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(listener);
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
