package io.customercodes.implementation;

import static io.customercodes.ProcessScenario.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.ProcessTest;
import io.customercodes.system.FormValues;
import io.customercodes.system.InvalidFormInputException;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CodeImplementationProcessTest extends ProcessTest {

    @Autowired
    VersionImplementationRepository implementations;

    @Autowired
    PersonnelBriefingRepository briefings;

    final String key = ProcessScenario.uniqueKey("IMPL");

    ProcessInstance approvedCode(String... teams) {
        scenario.startCode(key);
        scenario.developUntilApproval(key, "Delivery within 3 days", teams);
        scenario.approve(key);
        ProcessInstance implementation = instance("codeImplementation", key);
        assertThat(implementation).hasPassed("ServiceTask_OpenComplaintChannel", "ServiceTask_StartIndicatorMeasurement")
                .isWaitingAt("Task_MakeCodeAvailable");
        return implementation;
    }

    Long versionId() {
        return scenario.versions(key).get(0).getId();
    }

    @Test
    void eachTeamAcknowledgesItsBriefing() {
        ProcessInstance implementation = approvedCode("Warehouse", "Customer service");
        scenario.complete("mary", key, "Task_MakeCodeAvailable", form("availabilityChannels",
                FormValues.json(List.of("WEBSITE", "POINT_OF_SALE")), "accessibilityMeasures", "Easy read version"));

        List<Task> teams = scenario.openTasks(key, "Task_BriefPersonnel");
        assertThat(teams).extracting(Task::getName).containsExactlyInAnyOrder(
                "Brief personnel: Warehouse · " + key, "Brief personnel: Customer service · " + key);
        for (Task task : teams) {
            scenario.complete("mary", task, form("briefingMethod", "TRAINING", "acknowledgedBy", "Lead of " +
                    task.getName().split(": ")[1].split(" · ")[0], "briefingNotes", "Done"));
        }

        assertThat(implementation).hasPassed("EndEvent_CodeImplemented").isEnded();
        assertThat(briefings.findByVersionIdOrderByIdAsc(versionId()))
                .extracting(PersonnelBriefing::getTeam, PersonnelBriefing::getAcknowledgedBy,
                        PersonnelBriefing::getRecordedBy)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Warehouse", "Lead of Warehouse", "mary"),
                        org.assertj.core.groups.Tuple.tuple("Customer service", "Lead of Customer service", "mary"));
        VersionImplementation record = implementations.findById(versionId()).orElseThrow();
        assertThat(record.getChannels()).isEqualTo("WEBSITE,POINT_OF_SALE");
        assertThat(record.getComplaintsOpenSince()).isNotNull();
        assertThat(record.getMeasurementStartedAt()).isNotNull();
        assertThat(record.getMadeAvailableBy()).isEqualTo("mary");
    }

    @Test
    void withoutTeamsToBriefImplementationEndsOnceTheCodeIsAvailable() {
        ProcessInstance implementation = approvedCode();
        scenario.complete("mary", key, "Task_MakeCodeAvailable", form("availabilityChannels",
                FormValues.json(List.of("WEBSITE"))));
        assertThat(implementation).isEnded();
    }

    @Test
    void theCodeMustBeAvailableSomewhere() {
        approvedCode();
        Task task = scenario.task(key, "Task_MakeCodeAvailable");
        assertThatThrownBy(() -> scenario.complete("mary", task, form("availabilityChannels",
                FormValues.json(List.of())))).isInstanceOf(InvalidFormInputException.class)
                .hasFieldOrPropertyWithValue("field", "availabilityChannels");
    }
}
