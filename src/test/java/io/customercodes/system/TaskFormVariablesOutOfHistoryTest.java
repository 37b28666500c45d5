package io.customercodes.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.ProcessTest;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

class TaskFormVariablesOutOfHistoryTest extends ProcessTest {

    @Test
    void aTasksFormVariablesStayOutOfTheVariableHistoryWhileItsSubmissionAndTheProcessVariablesStayIn() {
        String key = ProcessScenario.uniqueKey("HIST");
        ProcessInstance lifecycle = scenario.startCode(key);
        Task objectives = scenario.task(key, "Task_SetObjectives");
        scenario.complete("mary", objectives, ProcessScenario.objectivesForm());
        HistoryService history = engine.getHistoryService();

        assertThat(history.createHistoricVariableInstanceQuery().taskIdIn(objectives.getId()).count()).isZero();
        List<HistoricDetail> submitted = history.createHistoricDetailQuery().taskId(objectives.getId()).formFields()
                .list();
        assertThat(submitted).extracting(detail -> ((HistoricFormField) detail).getFieldId()).contains("objectives");
        assertThat(submitted).filteredOn(detail -> ((HistoricFormField) detail).getFieldId().equals("objectives"))
                .extracting(detail -> ((HistoricFormField) detail).getFieldValue())
                .containsExactly("Halve delivery complaints");
        assertThat(scenario.versions(key).get(0).getObjectives()).isEqualTo("Halve delivery complaints");

        List<HistoricVariableInstance> processVariables = history.createHistoricVariableInstanceQuery()
                .processInstanceId(lifecycle.getId()).list();
        assertThat(processVariables).isNotEmpty().allSatisfy(variable -> assertThat(variable.getTaskId()).isNull());
    }
}
