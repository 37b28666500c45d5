package io.customercodes.system;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * What a process instance or task works on, by the engine's ids: the only source delegates and task
 * listeners use to decide which code, version, review, party or team they touch.
 */
@Component
public class Subjects {

    private final ProcessSubjectRepository processes;
    private final TaskSubjectRepository tasks;

    Subjects(ProcessSubjectRepository processes, TaskSubjectRepository tasks) {
        this.processes = processes;
        this.tasks = tasks;
    }

    /** The process instance was started for this code (by its start form, checked by the system). */
    public void startedFor(DelegateExecution execution, Long codeId) {
        ProcessSubject subject = processes.findById(execution.getProcessInstanceId())
                .orElseGet(() -> new ProcessSubject(execution.getProcessInstanceId(), codeId));
        if (!subject.getCodeId().equals(codeId)) {
            throw new IllegalStateException("Process instance " + execution.getProcessInstanceId()
                    + " already works on code " + subject.getCodeId());
        }
        processes.save(subject);
    }

    /** From now on the process instance works on this version, e.g. the draft it has just opened. */
    public void nowOnVersion(DelegateExecution execution, Long versionId) {
        ProcessSubject subject = of(execution);
        subject.setVersionId(versionId);
        processes.save(subject);
    }

    public void nowOnReview(DelegateExecution execution, Long reviewId) {
        ProcessSubject subject = of(execution);
        subject.setReviewId(reviewId);
        processes.save(subject);
    }

    public ProcessSubject of(DelegateExecution execution) {
        return of(execution.getProcessInstanceId());
    }

    /** The subject, if the system recorded one for the execution's process instance. */
    public Optional<ProcessSubject> find(DelegateExecution execution) {
        return processes.findById(execution.getProcessInstanceId());
    }

    public ProcessSubject of(DelegateTask task) {
        return of(task.getProcessInstanceId());
    }

    ProcessSubject of(String processInstanceId) {
        return processes.findById(processInstanceId).orElseThrow(() -> new IllegalStateException(
                "No subject recorded for process instance " + processInstanceId));
    }

    /** A called process works on what its caller works on at the moment it is called. */
    void inheritFromCaller(DelegateExecution processStart) {
        DelegateExecution caller = processStart.getSuperExecution();
        if (caller != null && !processes.existsById(processStart.getProcessInstanceId())) {
            processes.findById(caller.getProcessInstanceId())
                    .ifPresent(subject -> processes.save(subject.copyFor(processStart.getProcessInstanceId())));
        }
    }

    /** Records which item of a multi-instance the task was created for; call it on create only. */
    void recordItem(DelegateTask task, String item) {
        tasks.save(new TaskSubject(task.getId(), task.getProcessInstanceId(), item));
    }

    /** The item the task was created for. */
    public String itemOf(String taskId) {
        return tasks.findById(taskId).map(TaskSubject::getItem).orElseThrow(() -> new IllegalStateException(
                "No item recorded for task " + taskId));
    }
}
