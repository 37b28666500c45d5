package io.customercodes.upgrade;

import io.customercodes.ProcessScenario;
import io.customercodes.system.forms.FormFiller;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Moves the process instances of one business key (a code with its called processes, or a complaint) a step at
 * a time as their users and the clock would, without knowing the models: asynchronous work first, then any open
 * task (filled from its deployed form, by a user of its candidate group), then the earliest timer, then a waiting
 * message. A {@link Path} chooses the options that decide where the instances go.
 */
@Component
class ProcessDriver {

    /** Options chosen on forms, and tasks left open so that time passes while they wait (a timer fires). */
    record Path(String name, Map<String, Object> choices, Set<String> leftOpen) {

        Path with(Map<String, Object> more) {
            Map<String, Object> all = new HashMap<>(choices);
            all.putAll(more);
            return new Path(name, Map.copyOf(all), leftOpen);
        }
    }

    private static final int MAX_STEPS = 400;

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final FormService forms;
    private final ManagementService management;
    private final ProcessScenario scenario;

    ProcessDriver(RuntimeService runtime, TaskService tasks, FormService forms, ManagementService management,
            ProcessScenario scenario) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.forms = forms;
        this.management = management;
        this.scenario = scenario;
    }

    /** Drives until some instance of the key waits at the activity; false if they end or stall before. */
    boolean driveUntilWaitingAt(String businessKey, String activityId, Path path) {
        for (int step = 0; step < MAX_STEPS; step++) {
            if (waitingAt(businessKey, activityId)) {
                return true;
            }
            if (!step(businessKey, path)) {
                return false;
            }
        }
        return false;
    }

    /** Drives until no instance of the key runs; the description of where they stalled if they do not end. */
    Optional<String> driveToEnd(String businessKey, Path path) {
        for (int step = 0; step < MAX_STEPS; step++) {
            if (instances(businessKey).isEmpty()) {
                return Optional.empty();
            }
            if (!step(businessKey, path)) {
                return Optional.of("stalled: " + describe(businessKey));
            }
        }
        return Optional.of("still running after " + MAX_STEPS + " steps: " + describe(businessKey));
    }

    boolean waitingAt(String businessKey, String activityId) {
        return runtime.createExecutionQuery().processInstanceBusinessKey(businessKey).activityId(activityId)
                .count() > 0;
    }

    List<ProcessInstance> instances(String businessKey) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list();
    }

    private boolean step(String businessKey, Path path) {
        List<String> ids = instances(businessKey).stream().map(ProcessInstance::getId).toList();
        if (ids.isEmpty()) {
            return false;
        }
        List<Job> jobs = ids.stream().flatMap(id -> management.createJobQuery().processInstanceId(id)
                .withRetriesLeft().list().stream()).toList();
        Optional<Job> async = jobs.stream().filter(job -> !isTimer(job)).findFirst();
        if (async.isPresent()) {
            management.executeJob(async.get().getId());
            return true;
        }
        Optional<Task> task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).active()
                .orderByTaskCreateTime().asc().orderByTaskId().asc().list().stream()
                .filter(t -> !path.leftOpen().contains(t.getTaskDefinitionKey())).findFirst();
        if (task.isPresent()) {
            complete(task.get(), path);
            return true;
        }
        Optional<Job> timer = jobs.stream().filter(ProcessDriver::isTimer)
                .min(Comparator.comparing(Job::getDuedate));
        if (timer.isPresent()) {
            management.executeJob(timer.get().getId());
            return true;
        }
        Optional<EventSubscription> message = ids.stream().flatMap(id -> runtime.createEventSubscriptionQuery()
                .processInstanceId(id).eventType("message").list().stream()).findFirst();
        if (message.isPresent()) {
            runtime.messageEventReceived(message.get().getEventName(), message.get().getExecutionId());
            return true;
        }
        return false;
    }

    private void complete(Task task, Path path) {
        Map<String, Object> form = new FormFiller(path.choices()).fill(forms.getDeployedTaskForm(task.getId()),
                name -> tasks.getVariable(task.getId(), name));
        scenario.complete(userOf(task), task, form);
    }

    private String userOf(Task task) {
        Set<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).collect(Collectors.toSet());
        return ProcessScenario.GROUPS.entrySet().stream()
                .filter(user -> user.getValue().stream().anyMatch(groups::contains)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError("No test user in the candidate groups " + groups
                        + " of " + task.getTaskDefinitionKey()));
    }

    private static boolean isTimer(Job job) {
        return job instanceof TimerEntity;
    }

    String describe(String businessKey) {
        return instances(businessKey).stream().map(instance -> instance.getProcessDefinitionId() + " at "
                + runtime.createExecutionQuery().processInstanceId(instance.getId()).list().stream()
                        .map(e -> ((ExecutionEntity) e).getActivityId()).filter(Objects::nonNull).toList()
                + " tasks " + tasks.createTaskQuery().processInstanceId(instance.getId()).list().stream()
                        .map(Task::getTaskDefinitionKey).toList())
                .collect(Collectors.joining("; "));
    }
}
