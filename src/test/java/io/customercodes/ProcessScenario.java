package io.customercodes;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.code.Code;
import io.customercodes.code.CodeRepository;
import io.customercodes.complaint.ComplaintChannel;
import io.customercodes.complaint.ComplaintIntake;
import io.customercodes.complaint.FiledComplaint;
import io.customercodes.complaint.NewComplaint;
import io.customercodes.system.FormValues;
import io.customercodes.version.CodeVersion;
import io.customercodes.version.CodeVersionRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plays the users of a code's lifecycle in tests: each step claims the task and submits its form as
 * Tasklist does, as a user of the right group, so the engine's authorizations apply.
 */
@Component
public class ProcessScenario {

    public static final Map<String, List<String>> GROUPS = Map.of(
            "mary", List.of("code-managers"),
            "sam", List.of("stakeholders"),
            "carla", List.of("compliance"),
            "tom", List.of("top-management"),
            "hank", List.of("complaint-handlers"),
            "sara", List.of("code-sponsors"));

    public static final List<String> ALL_PRINCIPLES = List.of("COMMITMENT", "CAPACITY", "VISIBILITY",
            "ACCESSIBILITY", "RESPONSIVENESS", "ACCURACY", "ACCOUNTABILITY", "CONTINUAL_IMPROVEMENT");

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final IdentityService identity;
    private final FormService forms;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final ManagementService management;
    private final CodeRepository codes;
    private final CodeVersionRepository versions;
    private final TransactionTemplate transaction;
    private final ProcessEngineConfigurationImpl configuration;
    private final ComplaintIntake complaintIntake;

    ProcessScenario(IdentityService identity, FormService forms, TaskService tasks, RuntimeService runtime,
            RepositoryService repository, ManagementService management, CodeRepository codes,
            CodeVersionRepository versions, TransactionTemplate transaction,
            ProcessEngineConfigurationImpl configuration, ComplaintIntake complaintIntake) {
        this.complaintIntake = complaintIntake;
        this.identity = identity;
        this.forms = forms;
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.management = management;
        this.codes = codes;
        this.versions = versions;
        this.transaction = transaction;
        this.configuration = configuration;
    }

    public static String uniqueKey(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 100000, 36)
                .toUpperCase();
    }

    // --- forms as Tasklist submits them ---

    public static Map<String, Object> startForm(String key, String... parties) {
        return form("codeKey", key, "title", "Promise of " + key, "organization", key + " Ltd",
                "scope", "Online orders by consumers", "reviewIntervalMonths", 12L,
                "stakeholders", FormValues.json(List.of(parties.length == 0 ? new String[] {"STAFF"} : parties)));
    }

    public static Map<String, Object> objectivesForm() {
        return form("objectives", "Halve delivery complaints", "complaintsAnalysis", "41 % late deliveries",
                "customerExpectations", "Delivery in 3 days", "legalRequirements", "Consumer Contracts Regulations");
    }

    public static Map<String, Object> draftForm(String promise, String... teams) {
        return form(
                "promises", FormValues.json(List.of(form("category", "DELIVERY", "text", promise),
                        form("category", "RETURNS", "text", "Refunds within 5 days"))),
                "provisions", FormValues.json(List.of(form("type", "REMEDY", "text", "Delivery charge refunded",
                        "promiseNumber", 1L), form("type", "DISPUTE_RESOLUTION", "text", "Retail ADR scheme"))),
                "indicators", FormValues.json(List.of(form("name", "Orders on time", "promiseNumber", 1L,
                        "comparison", "AT_LEAST", "targetValue", 95L, "unit", "%"))),
                "teams", FormValues.json(List.of(teams).stream().map(t -> form("name", t)).toList()),
                "procedures", "Daily delivery report", "communicationPlan", "Footer link and order e-mails",
                "resources", "Two agents");
    }

    /**
     * What a revision of {@link #draftForm} typically changes: promise 1 reworded ("Delivery within 2
     * days"), a complaints promise added as promise 3, a stricter indicator target (98 %).
     */
    public static Map<String, Object> revisedDraftForm() {
        Map<String, Object> draft = draftForm("Delivery within 2 days");
        draft.put("promises", FormValues.json(List.of(form("category", "DELIVERY", "text", "Delivery within 2 days"),
                form("category", "RETURNS", "text", "Refunds within 5 days"),
                form("category", "COMPLAINTS", "text", "Complaints answered within 2 working days"))));
        draft.put("indicators", FormValues.json(List.of(form("name", "Orders on time", "promiseNumber", 1L,
                "comparison", "AT_LEAST", "targetValue", 98L, "unit", "%"))));
        return draft;
    }

    public static Map<String, Object> feedbackForm(String position, String comments) {
        return form("consultationPosition", position, "feedbackComments", comments);
    }

    /** Why {@link #draftForm}'s gaps (no complaint channel, no responsibility, promise 2 unmeasured) are accepted. */
    public static final String GAP_JUSTIFICATION = "Complaints and responsibility are in the shop's terms; "
            + "refund times are audited monthly";

    /** An accuracy check as compliance submits it; passing the draft accepts its gaps with {@link #GAP_JUSTIFICATION}. */
    public static Map<String, Object> accuracyForm(String decision, List<String> principles, String findings) {
        Map<String, Object> form = form("accuracyDecision", decision, "principlesMet", FormValues.json(principles),
                "accuracyFindings", findings);
        if ("ACCURATE".equals(decision)) {
            form.put("gapJustification", GAP_JUSTIFICATION);
        }
        return form;
    }

    public static Map<String, Object> evaluationForm(String evaluation, String recommendation) {
        return form("evaluation", evaluation, "recommendation", recommendation,
                "customerSatisfaction", "SATISFIED", "stakeholderSatisfaction", "NEUTRAL");
    }

    public static Map<String, Object> form(Object... keysAndValues) {
        Map<String, Object> form = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            form.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return form;
    }

    public static NewComplaint complaint(String codeKey, Integer promiseNumber) {
        return new NewComplaint(codeKey, promiseNumber, "The parcel came a week late.", "Refund the delivery charge",
                "Alex Example", "alex@example.test", null, true, ComplaintChannel.API);
    }

    // --- acting as users ---

    /** Files a complaint as a shop's helpdesk does through the API; its handling starts at once. */
    public FiledComplaint fileComplaint(String codeKey, Integer promiseNumber) {
        return complaintIntake.file(complaint(codeKey, promiseNumber), "hank");
    }

    public ProcessInstance startCode(String key, String... parties) {
        return startCode(startForm(key, parties));
    }

    public ProcessInstance startCode(Map<String, Object> startForm) {
        return start("codeLifecycle", startForm);
    }

    /** Starts a process through its start form, as mary does in Tasklist. */
    public ProcessInstance start(String processKey, Map<String, Object> startForm) {
        return startAs("mary", processKey, startForm);
    }

    public ProcessInstance startAs(String user, String processKey, Map<String, Object> startForm) {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult().getId();
        return as(user, () -> forms.submitStartForm(definitionId, startForm));
    }

    /** The single open task of this code with this definition key. */
    public Task task(String codeKey, String taskKey) {
        List<Task> open = openTasks(codeKey, taskKey);
        assertThat(open).as("open %s tasks of %s", taskKey, codeKey).hasSize(1);
        return open.get(0);
    }

    public List<Task> openTasks(String codeKey, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(codeKey).taskDefinitionKey(taskKey).list();
    }

    public void complete(String user, Task task, Map<String, Object> form) {
        as(user, () -> {
            tasks.claim(task.getId(), user);
            forms.submitTaskForm(task.getId(), form);
            return null;
        });
    }

    public void complete(String user, String codeKey, String taskKey, Map<String, Object> form) {
        complete(user, task(codeKey, taskKey), form);
    }

    public <T> T as(String user, Supplier<T> action) {
        identity.setAuthentication(user, GROUPS.get(user));
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    // --- whole phases ---

    /** From the start form to the approval task, every party supporting the draft. */
    public void developUntilApproval(String key, String promise, String... teams) {
        developUntilApproval(key, draftForm(promise, teams));
    }

    public void developUntilApproval(String key, Map<String, Object> draftForm) {
        developUntilApproval("mary", key, draftForm);
    }

    /** As {@link #developUntilApproval(String, Map)}, the code's manager tasks done by this user (sara for a model). */
    public void developUntilApproval(String manager, String key, Map<String, Object> draftForm) {
        complete(manager, key, "Task_SetObjectives", objectivesForm());
        complete(manager, key, "Task_DraftCode", draftForm);
        for (Task feedback : openTasks(key, "Task_GiveFeedback")) {
            complete("sam", feedback, feedbackForm("SUPPORT", null));
        }
        complete(manager, key, "Task_ConsolidateFeedback", form("consultationOutcome", "PROCEED"));
        complete("carla", key, "Task_CheckAccuracy", accuracyForm("ACCURATE", ALL_PRINCIPLES, null));
    }

    public void approve(String key) {
        complete("tom", key, "Task_ApproveCode", form("approvalDecision", "APPROVED", "approvalComment", "Fine"));
        runAsyncJobs(key);
    }

    /**
     * Runs asynchronous continuations (publication) now, as the job executor would. Where the context's
     * job executor runs (web tests), the test leaves the jobs to it and waits: executing a job the executor
     * has locked would run it twice at once.
     */
    public void runAsyncJobs(String key) {
        long deadline = System.currentTimeMillis() + 30_000;
        boolean executorRuns = configuration.getJobExecutor() != null && configuration.getJobExecutor().isActive();
        List<Job> jobs;
        while (!(jobs = messageJobs(key)).isEmpty()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Jobs of " + key + " still waiting: " + jobs);
            }
            if (!executorRuns) {
                jobs.forEach(job -> management.executeJob(job.getId()));
            } else if (jobs.stream().anyMatch(job -> job.getRetries() == 0)) {
                throw new AssertionError("A job of " + key + " failed: " + jobs);
            } else {
                sleep(50);
            }
        }
    }

    private List<Job> messageJobs(String key) {
        List<Job> jobs = new ArrayList<>();
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).list()) {
            jobs.addAll(management.createJobQuery().processInstanceId(instance.getId()).messages().active().list());
        }
        return jobs;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Publication through to the implementation tasks done: the lifecycle then waits for its review. */
    public void implement(String key) {
        implement("mary", key);
    }

    public void implement(String manager, String key) {
        complete(manager, key, "Task_MakeCodeAvailable", form("availabilityChannels",
                FormValues.json(List.of("WEBSITE")), "accessibilityMeasures", "Large print on request"));
        for (Task briefing : openTasks(key, "Task_BriefPersonnel")) {
            complete(manager, briefing, form("briefingMethod", "MEETING", "acknowledgedBy", "Team lead"));
        }
    }

    public void publishAndImplement(String key, String promise) {
        publishAndImplement(key, draftForm(promise));
    }

    public void publishAndImplement(String key, Map<String, Object> draftForm) {
        developUntilApproval(key, draftForm);
        approve(key);
        implement(key);
    }

    /** The review of a published code falls due; the code manager recommends and top management decides. */
    public void review(String key, String decision) {
        fire("Timer_ReviewDue", key);
        complete("mary", key, "Task_EvaluateCode", evaluationForm("Indicators met", decision));
        complete("tom", key, "Task_DecideReview", form("reviewDecision", decision,
                "reviewRationale", "Decided " + decision));
    }

    /** A review decides to revise the code, and its next version, drafted so, is published and implemented. */
    public void revise(String key, Map<String, Object> draftForm) {
        review(key, "REVISE");
        publishAndImplement(key, draftForm);
    }

    // --- reading the database ---

    public Code code(String key) {
        return codes.getByKey(key);
    }

    /** The versions of a code, oldest first, with their content loaded. */
    public List<CodeVersion> versions(String key) {
        return transaction.execute(status -> {
            List<CodeVersion> all = versions.findByCodeOrderByNumberAsc(codes.getByKey(key));
            all.forEach(v -> {
                v.getPromises().size();
                v.getCode().getKey();
            });
            return all;
        });
    }

    public Job job(String activityId, String key) {
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).list()) {
            Job job = management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                    .singleResult();
            if (job != null) {
                return job;
            }
        }
        throw new AssertionError("No job at " + activityId + " for " + key);
    }

    /** Fires every timer at this activity for the code, as the job executor would when they fall due. */
    public void fireAll(String activityId, String key) {
        int fired = 0;
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).list()) {
            for (Job job : management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                    .list()) {
                management.executeJob(job.getId());
                fired++;
            }
        }
        assertThat(fired).as("timers at %s for %s", activityId, key).isPositive();
    }

    public void fire(String activityId, String key) {
        management.executeJob(job(activityId, key).getId());
    }
}
