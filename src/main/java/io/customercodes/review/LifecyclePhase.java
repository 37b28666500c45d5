package io.customercodes.review;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Where a code's lifecycle stands, in words for the person who asked for something it cannot do now:
 * which phase, which tasks are open, and when the request becomes possible.
 */
@Component
class LifecyclePhase {

    private final RuntimeService runtime;
    private final TaskService tasks;

    LifecyclePhase(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** Why an ad-hoc review of the code cannot start now. */
    String whyNoReviewNow(String codeKey) {
        ProcessInstance lifecycle = runtime.createProcessInstanceQuery().processDefinitionKey("codeLifecycle")
                .processInstanceBusinessKey(codeKey).active().singleResult();
        if (lifecycle == null) {
            return codeKey + " has no running lifecycle (it was withdrawn, or its first version was rejected):"
                    + " there is nothing left to review.";
        }
        Set<String> activities = Set.copyOf(runtime.getActiveActivityIds(lifecycle.getId()));
        String open = openTasks(codeKey);
        if (activities.contains("CallActivity_ReviewCode")) {
            return codeKey + " is already under review" + open + ": a second review cannot start before that one"
                    + " is decided.";
        }
        if (activities.contains("CallActivity_ImplementCode")) {
            return codeKey + " is being put into practice" + open + ": a review can be asked for once the code"
                    + " is available to customers and every team's briefing is confirmed.";
        }
        if (activities.contains("CallActivity_DevelopCode")) {
            return codeKey + " is being developed" + open + ": a review can be asked for once a version is"
                    + " published and put into practice.";
        }
        return codeKey + " is between two steps of its lifecycle: try again in a moment.";
    }

    private String openTasks(String codeKey) {
        List<String> names = tasks.createTaskQuery().processInstanceBusinessKey(codeKey).active()
                .orderByTaskCreateTime().asc().list().stream().map(task -> withoutKey(task.getName(), codeKey)).distinct()
                .collect(Collectors.toList());
        return names.isEmpty() ? "" : " (open: " + String.join(", ", names) + ")";
    }

    /** Task names end with the code's key in Tasklist's list; here the key starts the sentence already. */
    private static String withoutKey(String taskName, String codeKey) {
        String suffix = " · " + codeKey;
        return taskName.endsWith(suffix) ? taskName.substring(0, taskName.length() - suffix.length()) : taskName;
    }
}
