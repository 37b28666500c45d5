package io.customercodes.retention;

import io.customercodes.system.ParseListeners;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableOutputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.impl.spi.transform.DmnTransformListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A process or decision is deployed with the engine history time to live of our configuration ({@code
 * customer-codes.retention.engine-history-days}), whatever its model says, so that a new deployment needs no update
 * afterwards. Definitions deployed before the setting changed are updated at start by {@link EngineHistoryTimeToLive}.
 */
@Component
class HistoryTimeToLiveOnDeployment extends AbstractProcessEnginePlugin {

    private final int days;

    HistoryTimeToLiveOnDeployment(@Value("${customer-codes.retention.engine-history-days:180}") int days) {
        this.days = EngineHistoryTimeToLive.validDays(days);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ParseListeners.addAfterTheEngines(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                processDefinition.setHistoryTimeToLive(days);
            }
        });
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getDmnEngineConfiguration().getTransformer().getTransformListeners().add(new DecisionTimeToLive());
    }

    private final class DecisionTimeToLive implements DmnTransformListener {

        @Override
        public void transformDecision(Decision decision, DmnDecision transformed) {
            if (transformed instanceof DecisionDefinitionEntity definition) {
                definition.setHistoryTimeToLive(days);
            }
        }

        @Override
        public void transformDecisionTableInput(Input input, DmnDecisionTableInputImpl transformed) {
        }

        @Override
        public void transformDecisionTableOutput(Output output, DmnDecisionTableOutputImpl transformed) {
        }

        @Override
        public void transformDecisionTableRule(Rule rule, DmnDecisionTableRuleImpl transformed) {
        }

        @Override
        public void transformDecisionRequirementsGraph(Definitions definitions, DmnDecisionRequirementsGraph graph) {
        }
    }
}
