package io.customercodes.measurement;

import io.customercodes.code.CodeRepository;
import io.customercodes.version.PublishedVersionChanged;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An open readings task lists the indicators of the version published when it was created; when that version is
 * superseded or withdrawn, the task is replaced (a new version's indicators, for whoever had claimed the old one) or
 * the round ends (nothing to read). Runs in the transaction that changed the version, so the two cannot disagree.
 */
@Component
class OpenReadingsFollowPublishedVersion {

    static final String MESSAGE = "PublishedVersionChanged";
    /** Who had claimed the replaced task; the next readings task is theirs. */
    static final String PREVIOUS_ASSIGNEE = "readingsPreviousAssignee";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final CodeRepository codes;

    OpenReadingsFollowPublishedVersion(RuntimeService runtime, TaskService tasks, CodeRepository codes) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.codes = codes;
    }

    @EventListener
    void publishedVersionChanged(PublishedVersionChanged change) {
        // A round starting now either committed its task before this (found below) or reads the new version after.
        codes.lock(change.codeId());
        for (Task open : tasks.createTaskQuery().processDefinitionKey("indicatorReadings")
                .processInstanceBusinessKey(change.codeKey()).taskDefinitionKey("Task_RecordReadings").list()) {
            MessageCorrelationBuilder correlation = runtime.createMessageCorrelation(MESSAGE)
                    .processInstanceId(open.getProcessInstanceId());
            if (open.getAssignee() != null) {
                correlation.setVariable(PREVIOUS_ASSIGNEE, open.getAssignee());
            }
            correlation.correlateAll(); // nothing to correlate for an instance still on a model without the event
        }
    }
}
