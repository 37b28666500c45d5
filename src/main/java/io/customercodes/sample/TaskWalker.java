package io.customercodes.sample;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Does what a user does in Tasklist, as that user: claim a task, submit its form. */
@Component
class TaskWalker {

    private final IdentityService identity;
    private final TaskService tasks;
    private final FormService forms;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final RepositoryService repository;

    TaskWalker(IdentityService identity, TaskService tasks, FormService forms, ManagementService management,
            RuntimeService runtime, RepositoryService repository) {
        this.repository = repository;
        this.runtime = runtime;
        this.identity = identity;
        this.tasks = tasks;
        this.forms = forms;
        this.management = management;
    }

    String startCode(String user, Map<String, Object> startForm) {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("codeLifecycle")
                .latestVersion().singleResult().getId();
        return as(user, () -> forms.submitStartForm(definitionId, (String) startForm.get("codeKey"), startForm)
                .getId());
    }

    /** Starts a process from its start form in Tasklist, without a business key; returns the one it was given. */
    String startProcess(String user, String processKey, Map<String, Object> startForm) {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult().getId();
        return as(user, () -> forms.submitStartForm(definitionId, startForm).getBusinessKey());
    }

    /** Completes every open task with this definition key for the code; returns how many there were. */
    int complete(String user, String codeKey, String taskKey, Map<String, Object> form) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(codeKey).taskDefinitionKey(taskKey)
                .list();
        for (Task task : open) {
            completeOne(user, task.getId(), form);
        }
        if (open.isEmpty()) {
            throw new IllegalStateException("No open task " + taskKey + " for " + codeKey);
        }
        return open.size();
    }

    void completeOne(String user, String taskId, Map<String, Object> form) {
        as(user, () -> {
            tasks.claim(taskId, user);
            forms.submitTaskForm(taskId, form);
            return null;
        });
    }

    List<Task> open(String codeKey, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(codeKey).taskDefinitionKey(taskKey).list();
    }

    /**
     * Runs the asynchronous continuations of a code (or complaint) now rather than waiting for the job executor,
     * and waits for any the job executor took first.
     */
    void runAsyncContinuations(String businessKey) {
        long deadline = System.currentTimeMillis() + 30_000;
        List<Job> jobs;
        while (!(jobs = messageJobs(businessKey)).isEmpty() && System.currentTimeMillis() < deadline) {
            for (Job job : jobs) {
                try {
                    management.executeJob(job.getId());
                } catch (ProcessEngineException alreadyTakenByTheJobExecutor) {
                    pause();
                }
            }
        }
    }

    private List<Job> messageJobs(String businessKey) {
        List<Job> jobs = new java.util.ArrayList<>();
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .list()) {
            jobs.addAll(management.createJobQuery().processInstanceId(instance.getId()).messages().list());
        }
        return jobs;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> T as(String user, java.util.function.Supplier<T> action) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identity.setAuthentication(user, groups);
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
