package io.customercodes.system;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Process instances and tasks started before subjects were recorded get theirs at startup, once: the code
 * from the business key (which only the system sets), the version and review from the ids the instance
 * carries, accepted only when they belong to that code, and a task's party or team from its element
 * variable. An instance whose ids do not fit is left without a subject and stops with an incident.
 */
@Component
class SubjectBackfill {

    private static final Logger log = LoggerFactory.getLogger(SubjectBackfill.class);

    /** Tasks created per item of a multi-instance, and the element variable that names the item. */
    private static final Map<String, String> ITEM_TASKS = Map.of(
            "Task_GiveFeedback", "stakeholder",
            "Task_BriefPersonnel", "team");

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ProcessSubjectRepository processes;
    private final TaskSubjectRepository taskSubjects;
    private final JdbcTemplate jdbc;

    SubjectBackfill(RuntimeService runtime, TaskService tasks, ProcessSubjectRepository processes,
            TaskSubjectRepository taskSubjects, JdbcTemplate jdbc) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.processes = processes;
        this.taskSubjects = taskSubjects;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @Transactional
    void recordMissingSubjects() {
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().list()) {
            if (!processes.existsById(instance.getId())) {
                record(instance);
            }
        }
        ITEM_TASKS.forEach((taskKey, elementVariable) -> {
            for (Task task : tasks.createTaskQuery().taskDefinitionKey(taskKey).list()) {
                Object item = runtime.getVariable(task.getExecutionId(), elementVariable);
                if (!taskSubjects.existsById(task.getId()) && item instanceof String name) {
                    taskSubjects.save(new TaskSubject(task.getId(), task.getProcessInstanceId(), name));
                }
            }
        });
    }

    private void record(ProcessInstance instance) {
        List<Long> code = jdbc.queryForList("select id from code where code_key = ?", Long.class,
                instance.getBusinessKey());
        if (code.isEmpty()) {
            log.warn("Process instance {} names no code (business key {})", instance.getId(),
                    instance.getBusinessKey());
            return;
        }
        ProcessSubject subject = new ProcessSubject(instance.getId(), code.get(0));
        Long version = owned("code_version", runtime.getVariable(instance.getId(), "versionId"), code.get(0));
        Long review = owned("code_review", runtime.getVariable(instance.getId(), "reviewId"), code.get(0));
        if (version != null) {
            subject.setVersionId(version);
        }
        if (review != null) {
            subject.setReviewId(review);
        }
        processes.save(subject);
    }

    /** The id, if it is one of a row of this table that belongs to the code. */
    private Long owned(String table, Object id, Long codeId) {
        if (!(id instanceof Number number)) {
            return null;
        }
        List<Long> found = jdbc.queryForList("select id from " + table + " where id = ? and code_id = ?", Long.class,
                number.longValue(), codeId);
        return found.isEmpty() ? null : found.get(0);
    }
}
