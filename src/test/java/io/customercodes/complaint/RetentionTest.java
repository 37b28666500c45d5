package io.customercodes.complaint;

import static io.customercodes.ProcessScenario.form;
import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.ProcessTest;
import io.customercodes.TestUsers;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's history stops growing: every definition keeps the history of a finished instance 180 days, and the
 * history cleanup then removes it. Our records stay: the complaint is still there after the cleanup, and only after
 * six years are the complainant's details erased, its facts kept.
 */
class RetentionTest extends ProcessTest {

    @Autowired
    IdentityService identity;

    @Autowired
    RepositoryService repository;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    @Autowired
    ComplaintRepository complaints;

    @Autowired
    ComplaintRetention retention;

    final String key = ProcessScenario.uniqueKey("KEEP");

    @Test
    void everyDefinitionKeepsItsEngineHistoryAsConfigured() {
        assertThat(repository.createProcessDefinitionQuery().list()).isNotEmpty()
                .extracting(ProcessDefinition::getHistoryTimeToLive).containsOnly(180);
        assertThat(repository.createDecisionDefinitionQuery().list()).isNotEmpty()
                .extracting(DecisionDefinition::getHistoryTimeToLive).containsOnly(180);
    }

    @Test
    void theCleanupRemovesTheEngineHistoryOfAClosedComplaintAndKeepsOurRecordUntilItsRetentionEnds() {
        TestUsers.create(identity);
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Delivery within 3 days");
        FiledComplaint filed = scenario.fileComplaint(key, 1);
        scenario.complete("hank", filed.reference(), "Task_AssessComplaint", form("severity", "LOW",
                "safetyIssue", false, "promiseNumber", 1L, "scopeDecision", "OUT_OF_SCOPE",
                "assessmentNotes", "A marketplace seller's parcel: not ours"));
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(filed.reference())
                .finished().count()).isEqualTo(1);

        moveClock(ZonedDateTime.now().plusDays(179));
        cleanUpHistory();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(filed.reference())
                .count()).as("history within its time to live").isEqualTo(1);

        moveClock(ZonedDateTime.now().plusDays(182));
        cleanUpHistory();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(filed.reference())
                .count()).as("history past its time to live").isZero();
        Complaint kept = complaints.getByReference(filed.reference());
        assertThat(kept.getComplainantName()).isNotNull();
        assertThat(kept.getWhatHappened()).isNotBlank();

        moveClock(ZonedDateTime.now().plusYears(5));
        retention.erasePersonalDataPastRetention();
        assertThat(complaints.getByReference(filed.reference()).getComplainantName()).as("within six years")
                .isNotNull();

        moveClock(ZonedDateTime.now().plusYears(6).plusDays(2));
        assertThat(retention.erasePersonalDataPastRetention()).isPositive();
        Complaint erased = complaints.getByReference(filed.reference());
        assertThat(erased.getComplainantName()).isNull();
        assertThat(erased.getComplainantEmail()).isNull();
        assertThat(erased.getComplainantPhone()).isNull();
        assertThat(erased.getStatusTokenHash()).isNull();
        assertThat(erased.getWhatHappened()).isEqualTo(kept.getWhatHappened());
        assertThat(erased.getOutcome()).isEqualTo(ComplaintOutcome.OUT_OF_SCOPE);
        assertThat(retention.erasePersonalDataPastRetention()).as("nothing left the second time").isZero();
    }

    private static void moveClock(ZonedDateTime to) {
        ClockUtil.setCurrentTime(Date.from(to.toInstant()));
    }

    /** Runs the engine's history cleanup job until it has nothing more to remove, as the nightly window would. */
    private void cleanUpHistory() {
        history.cleanUpHistoryAsync(true);
        for (int round = 0; round < 200; round++) {
            List<Job> due = history.findHistoryCleanupJobs().stream()
                    .filter(job -> job.getDuedate() == null || !job.getDuedate().after(ClockUtil.getCurrentTime()))
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }
}
