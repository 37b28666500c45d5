package io.customercodes.system;

import static io.customercodes.ProcessScenario.draftForm;
import static io.customercodes.ProcessScenario.feedbackForm;
import static io.customercodes.ProcessScenario.form;
import static io.customercodes.ProcessScenario.objectivesForm;
import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.ProcessTest;
import io.customercodes.code.InterestedParty;
import io.customercodes.consultation.ConsultationFeedbackRepository;
import io.customercodes.version.VersionState;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A database from before subjects were recorded: its running codes carry on once the app has started. */
class SubjectBackfillTest extends ProcessTest {

    @Autowired
    SubjectBackfill backfill;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConsultationFeedbackRepository feedback;

    @Test
    void runningInstancesAndTheirFeedbackTasksGetTheSubjectTheyWorkOn() {
        String key = ProcessScenario.uniqueKey("OLD");
        scenario.startCode(key, "STAFF");
        scenario.complete("mary", key, "Task_SetObjectives", objectivesForm());
        scenario.complete("mary", key, "Task_DraftCode", draftForm("Delivery in 3 days"));
        List<String> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).list().stream()
                .map(ProcessInstance::getId).toList();
        Task task = scenario.task(key, "Task_GiveFeedback");
        forgetSubjects(instances, task.getId());

        backfill.recordMissingSubjects();
        backfill.recordMissingSubjects();

        assertThat(jdbc.queryForObject("select count(*) from process_subject where process_instance_id in (?, ?)",
                Integer.class, instances.get(0), instances.get(1))).isEqualTo(2);
        scenario.complete("sam", task, feedbackForm("SUPPORT", null));
        Long version = scenario.versions(key).get(0).getId();
        assertThat(feedback.findByVersionIdOrderByRoundAscIdAsc(version)).singleElement()
                .satisfies(f -> assertThat(f.getParty()).isEqualTo(InterestedParty.STAFF));
        scenario.complete("mary", key, "Task_ConsolidateFeedback", form("consultationOutcome", "REVISE"));
        assertThat(scenario.versions(key).get(0).getState()).isEqualTo(VersionState.DRAFT);
    }

    @Test
    void aVersionIdOfAnotherCodeIsNotTakenOver() {
        String own = ProcessScenario.uniqueKey("OLD");
        String other = ProcessScenario.uniqueKey("OTHER");
        scenario.startCode(own);
        scenario.startCode(other);
        ProcessInstance development = instance("codeDevelopment", own);
        Long otherVersion = scenario.versions(other).get(0).getId();
        runtime.setVariable(development.getId(), "versionId", otherVersion);
        forgetSubjects(List.of(development.getId()), null);

        backfill.recordMissingSubjects();

        assertThat(jdbc.queryForList("select version_id from process_subject where process_instance_id = ?",
                Long.class, development.getId())).containsExactly((Long) null);
    }

    private void forgetSubjects(List<String> instances, String taskId) {
        for (String instance : instances) {
            jdbc.update("delete from process_subject where process_instance_id = ?", instance);
        }
        if (taskId != null) {
            jdbc.update("delete from task_subject where task_id = ?", taskId);
        }
    }
}
