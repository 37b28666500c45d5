package io.customercodes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import io.customercodes.complaint.ComplaintTracking;
import io.customercodes.complaint.FiledComplaint;
import io.customercodes.web.EngineRestClient;
import io.customercodes.web.HttpTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** hank's complaint forms render in Tasklist and complete there: assessment, and a dispute's outcome. */
@HttpTest
class ComplaintBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ProcessScenario scenario;

    @Autowired
    ComplaintTracking tracking;

    @Autowired
    TaskService tasks;

    final String key = ProcessScenario.uniqueKey("HANK");
    TasklistInBrowser tasklist;
    boolean passed;

    @BeforeEach
    void publishedCode() {
        TestUsers.create(identity);
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Delivery within 3 days");
        tasklist = new TasklistInBrowser(port);
    }

    @AfterEach
    void stop(TestInfo test) throws Exception {
        if (tasklist != null) {
            if (!passed) {
                tasklist.keepEvidence(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
            }
            tasklist.close();
        }
    }

    @Test
    void hankAssessesAComplaintAndRecordsTheDisputeOutcomeInTasklist() {
        FiledComplaint filed = scenario.fileComplaint(key, 1);
        String reference = filed.reference();

        tasklist.openTask("hank", "Complaint handlers", "Assess complaint", reference);
        tasklist.choose("Severity", "High");
        tasklist.choose("Within the code’s scope?", "In scope: investigate");
        tasklist.complete();
        tasklist.wait.until(d -> tasks.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey("Task_InvestigateComplaint").count() == 1);

        scenario.complete("hank", reference, "Task_InvestigateComplaint", ProcessScenario.form("findings", "Late",
                "rootCause", "Courier", "remedyOffered", "Charge refunded"));
        scenario.complete("hank", reference, "Task_RespondToComplaint", ProcessScenario.form("responseText", "Sorry"));
        scenario.runAsyncJobs(reference);
        tracking.answer(filed.statusToken(), false, "Not enough");

        tasklist.openTask("hank", "Complaint handlers", "Record dispute resolution outcome", reference);
        tasklist.choose("Outcome of dispute resolution", "Settlement between the parties");
        tasklist.type("Reasons", "Both sides agreed on a voucher");
        tasklist.type("Implementation", "Voucher sent");
        tasklist.complete();
        tasklist.wait.until(d -> tasks.createTaskQuery().processInstanceBusinessKey(reference).count() == 0);

        var complaint = new EngineRestClient(port, "hank").get("/api/complaints/" + reference).json();
        assertThat(complaint.get("severity").asText()).isEqualTo("HIGH");
        assertThat(complaint.get("referralOutcome").asText()).isEqualTo("SETTLEMENT");
        assertThat(complaint.get("referralDate").asText()).isNotBlank();
        assertThat(complaint.get("state").asText()).isEqualTo("CLOSED");
        passed = true;
    }
}
