package io.customercodes.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.complaint.ComplaintStatistics;
import io.customercodes.code.CodeRepository;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The default run's sample data: hank finds complaints at every step, and ACME-ONLINE's review counts them; tom
 * and carla find their forms filled from it.
 */
// An engine name of its own: /engine-rest in the web tests serves the engine registered as "default".
@SpringBootTest(properties = {"customer-codes.demo.enabled=true", "camunda.bpm.process-engine-name=sampleData"})
@ActiveProfiles("test")
class SampleComplaintsTest {

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    CodeRepository codes;

    @Autowired
    ComplaintStatistics statistics;

    @Test
    void hankFindsComplaintsAtDifferentStepsAndTheReviewDataShowsThem() {
        List<Task> hanks = tasks.createTaskQuery().processDefinitionKey("complaintHandling")
                .taskCandidateGroup("complaint-handlers").list();
        assertThat(hanks).extracting(Task::getTaskDefinitionKey).contains("Task_AssessComplaint",
                "Task_InvestigateComplaint", "Task_RecordAnswer", "Task_RecordReferralOutcome");
        assertThat(hanks).allSatisfy(task -> assertThat(task.getName()).contains("ACME-ONLINE-"));

        ComplaintStatistics.Summary acme = statistics.summary(codes.getByKey("ACME-ONLINE"));
        assertThat(acme.received()).isEqualTo(6);
        assertThat(acme.referred()).isEqualTo(1);
        assertThat(acme.outcomes()).containsEntry("RESOLVED", 1);

        Task evaluation = tasks.createTaskQuery().processInstanceBusinessKey("ACME-ONLINE")
                .taskDefinitionKey("Task_EvaluateCode").singleResult();
        assertThat((String) tasks.getVariable(evaluation.getId(), "reviewDataSummary"))
                .contains("Ad-hoc review").contains("6 received").contains("1 raising a safety issue");
    }

    @Test
    void tomFindsNordlichtWithTheFeedbackAndTheGapsCarlaAcceptedAndWhy() {
        Task approval = tasks.createTaskQuery().processInstanceBusinessKey("NORDLICHT-ENERGY")
                .taskDefinitionKey("Task_ApproveCode").singleResult();
        assertThat((String) tasks.getVariable(approval.getId(), "accuracyVerdict"))
                .contains("checked by carla").contains("Accessibility: no complaint channel")
                .contains("Justification: Complaints are taken under our licensed complaint procedure CH-3");
        assertThat((String) tasks.getVariable(approval.getId(), "consultationRecord"))
                .contains("Please state the remedy in plain words").contains("Remedies are stated with amounts");

        Task check = tasks.createTaskQuery().processInstanceBusinessKey("BYTEFIX-REPAIRS")
                .taskDefinitionKey("Task_CheckAccuracy").singleResult();
        assertThat((String) tasks.getVariable(check.getId(), "accuracyGaps"))
                .contains("**Accessibility**: no complaint channel");
    }
}
