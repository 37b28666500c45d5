package io.customercodes.measurement;

import io.customercodes.code.CodeRepository;
import io.customercodes.version.PublishedVersionChanged;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.context.ProcessEngineContext;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An open readings task lists the indicators of the version published when it was created; when that version is
 * superseded or withdrawn, the task is replaced (a new version's indicators, for whoever had claimed the old one) or
 * the round ends (nothing to read). Runs in the transaction that changed the version, so the two cannot disagree,
 * and without the rights of whoever changed it (an approver need not see the readings rounds).
 *
 * <p>A round an administrator suspended takes no message: it is resumed, follows the version and is suspended
 * again. Its follow-up step is asynchronous, so it waits, suspended, until the round is resumed, which then shows
 * the new indicators instead of a task nobody could complete.
 */
@Component
class OpenReadingsFollowPublishedVersion {

    static final String MESSAGE = "PublishedVersionChanged";
    /** Who had claimed the replaced task; the next readings task is theirs. */
    static final String PREVIOUS_ASSIGNEE = "readingsPreviousAssignee";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final CodeRepository codes;
    private final ProcessEngineConfigurationImpl engine;

    OpenReadingsFollowPublishedVersion(RuntimeService runtime, TaskService tasks, CodeRepository codes,
            ProcessEngineConfigurationImpl engine) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.codes = codes;
        this.engine = engine;
    }

    @EventListener
    void publishedVersionChanged(PublishedVersionChanged change) {
        // A round starting now either committed its task before this (found below) or reads the new version after.
        codes.lock(change.codeId());
        withoutAuthorization(() -> {
            for (Task task : tasks.createTaskQuery().processDefinitionKey("indicatorReadings")
                    .processInstanceBusinessKey(change.codeKey()).taskDefinitionKey("Task_RecordReadings").list()) {
                if (task.isSuspended()) {
                    followWhileSuspended(task);
                } else {
                    correlate(task);
                }
            }
            return null;
        });
    }

    /**
     * Each step in a command of its own, in this transaction: a command's suspension and activation are updates it
     * writes only when it ends, which its own correlation would neither see nor keep.
     */
    private void followWhileSuspended(Task task) {
        String round = task.getProcessInstanceId();
        inCommandOfItsOwn(() -> unlogged(() -> runtime.activateProcessInstanceById(round)));
        inCommandOfItsOwn(() -> correlate(task));
        inCommandOfItsOwn(() -> unlogged(() -> runtime.suspendProcessInstanceById(round)));
    }

    /** Not in the user operation log: Cockpit would show whoever changed the version resuming the round. */
    private static Void unlogged(Runnable step) {
        CommandContext context = Context.getCommandContext();
        boolean logged = context.isUserOperationLogEnabled();
        context.disableUserOperationLog();
        try {
            step.run();
        } finally {
            if (logged) {
                context.enableUserOperationLog();
            }
        }
        return null;
    }

    private Void correlate(Task task) {
        MessageCorrelationBuilder correlation = runtime.createMessageCorrelation(MESSAGE)
                .processInstanceId(task.getProcessInstanceId());
        if (task.getAssignee() != null) {
            correlation.setVariable(PREVIOUS_ASSIGNEE, task.getAssignee());
        }
        correlation.correlateAll(); // nothing to correlate for an instance still on a model without the event
        return null;
    }

    private <T> T withoutAuthorization(Callable<T> work) {
        return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(work));
    }

    private void inCommandOfItsOwn(Callable<Void> work) {
        try {
            ProcessEngineContext.withNewProcessEngineContext(() -> withoutAuthorization(work));
        } catch (RuntimeException failed) {
            throw failed;
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }
}
