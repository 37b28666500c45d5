package io.customercodes.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.ProcessTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EngineHistoryTimeToLiveTest extends ProcessTest {

    private static final String DECISION = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="ttlCheck" name="TTL check"
                namespace="http://camunda.org/schema/1.0/dmn">
              <decision id="ttlCheckDecision" name="TTL check" camunda:historyTimeToLive="3650">
                <decisionTable id="ttlCheckTable">
                  <input id="ttlCheckInput"><inputExpression id="ttlCheckExpression" typeRef="string">
                    <text>x</text></inputExpression></input>
                  <output id="ttlCheckOutput" name="y" typeRef="string" />
                </decisionTable>
              </decision>
            </definitions>
            """;

    @Autowired
    RepositoryService repository;

    @Autowired
    EngineHistoryTimeToLive atStart;

    private Deployment deployment;

    @AfterEach
    void undeploy() {
        if (deployment != null) {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void aProcessOrDecisionDeployedLaterKeepsItsHistoryAsConfiguredWhateverItsModelSays() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("ttlCheckProcess").camundaHistoryTimeToLive(3650)
                .startEvent().userTask("Task_Check").endEvent().done();
        deployment = repository.createDeployment().addModelInstance("ttlCheck.bpmn", model)
                .addString("ttlCheck.dmn", DECISION).deploy();

        assertThat(repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult()
                .getHistoryTimeToLive()).isEqualTo(180);
        assertThat(repository.createDecisionDefinitionQuery().deploymentId(deployment.getId()).singleResult()
                .getHistoryTimeToLive()).isEqualTo(180);
    }

    @Test
    void aDefinitionDeployedBeforeTheSettingChangedTakesItAtTheNextStart() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("ttlCheckProcess").camundaHistoryTimeToLive(3650)
                .startEvent().userTask("Task_Check").endEvent().done();
        deployment = repository.createDeployment().addModelInstance("ttlCheck.bpmn", model).deploy();
        ProcessDefinition definition = repository.createProcessDefinitionQuery().deploymentId(deployment.getId())
                .singleResult();
        repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), 30);

        atStart.applyToEveryDefinition();

        assertThat(repository.getProcessDefinition(definition.getId()).getHistoryTimeToLive()).isEqualTo(180);
    }
}
