package io.customercodes.code;

import static io.customercodes.ModelCodes.modelDraftForm;
import static io.customercodes.ModelCodes.modelStartForm;
import static io.customercodes.ProcessScenario.evaluationForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.ProcessTest;
import io.customercodes.system.InvalidFormInputException;
import io.customercodes.version.VersionState;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A code sponsor's model code runs the same lifecycle, its code-manager work done by the code sponsors. */
class ModelCodeProcessTest extends ProcessTest {

    @Autowired
    CodeRepository codes;

    @Autowired
    TaskService tasks;

    String key = ProcessScenario.uniqueKey("MODEL");

    @Test
    void aSponsorProposesAModelCodeWhoseManagerTasksGoToTheCodeSponsorsThroughToItsReview() {
        scenario.startAs("sara", "codeLifecycle", modelStartForm(key));

        Code model = codes.getByKey(key);
        assertThat(model.getKind()).isEqualTo(CodeKind.MODEL);
        assertThat(model.isModel()).isTrue();
        assertThat(model.getCreatedBy()).isEqualTo("sara");
        assertThat(candidateGroups(scenario.task(key, "Task_SetObjectives"))).containsExactly("code-sponsors");
        assertThatThrownBy(() -> scenario.complete("mary", key, "Task_SetObjectives",
                ProcessScenario.objectivesForm())).as("a code manager may not work a model code's tasks")
                .isInstanceOf(AuthorizationException.class);

        scenario.developUntilApproval("sara", key, modelDraftForm());
        scenario.approve(key);
        assertThat(scenario.versions(key).get(0).getState()).isEqualTo(VersionState.PUBLISHED);
        assertThat(candidateGroups(scenario.task(key, "Task_MakeCodeAvailable"))).containsExactly("code-sponsors");
        scenario.implement("sara", key);

        scenario.fire("Timer_ReviewDue", key);
        assertThat(candidateGroups(scenario.task(key, "Task_EvaluateCode"))).containsExactly("code-sponsors");
        scenario.complete("sara", key, "Task_EvaluateCode", evaluationForm("Members keep it", "CONTINUE"));
        assertThat(candidateGroups(scenario.task(key, "Task_DecideReview"))).containsExactly("top-management");
    }

    @Test
    void anOrganizationsCodeStillGoesToTheCodeManagers() {
        scenario.startCode(key);

        assertThat(codes.getByKey(key).getKind()).isEqualTo(CodeKind.ORGANIZATION);
        assertThat(candidateGroups(scenario.task(key, "Task_SetObjectives"))).containsExactly("code-managers");
    }

    @Test
    void aCodeManagerCannotProposeAModelCodeAndNothingIsWritten() {
        assertThatThrownBy(() -> scenario.startAs("mary", "codeLifecycle", modelStartForm(key)))
                .isInstanceOf(InvalidFormInputException.class)
                .hasFieldOrPropertyWithValue("field", "codeKind")
                .hasMessageContaining("code-sponsors");

        assertThat(codes.findByKey(key)).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
    }

    @Test
    void anUnknownKindIsRefusedByName() {
        var start = modelStartForm(key);
        start.put("codeKind", "FRANCHISE");

        assertThatThrownBy(() -> scenario.startAs("sara", "codeLifecycle", start))
                .isInstanceOf(InvalidFormInputException.class).hasFieldOrPropertyWithValue("field", "codeKind");
        assertThat(codes.findByKey(key)).isEmpty();
    }

    @Test
    void aModelCodeCannotItselfStartFromAModel() {
        var start = modelStartForm(key);
        start.put("modelCodeKey", "SOME-MODEL");

        assertThatThrownBy(() -> scenario.startAs("sara", "codeLifecycle", start))
                .isInstanceOf(InvalidFormInputException.class).hasFieldOrPropertyWithValue("field", "modelCodeKey");
        assertThat(codes.findByKey(key)).isEmpty();
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).toList();
    }

}
