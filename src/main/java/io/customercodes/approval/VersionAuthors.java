package io.customercodes.approval;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/**
 * Who drafted or consolidated the version a development process works on: the users who completed its
 * drafting and consolidation tasks. One development process works on one version, however often the draft
 * goes back for changes.
 */
@Component
class VersionAuthors {

    static final Set<String> AUTHORING_TASKS = Set.of("Task_DraftCode", "Task_ConsolidateFeedback");

    private final HistoryService history;

    VersionAuthors(HistoryService history) {
        this.history = history;
    }

    Set<String> of(String developmentInstanceId) {
        Set<String> authors = new HashSet<>();
        for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
                .processInstanceId(developmentInstanceId).finished()
                .taskDefinitionKeyIn(AUTHORING_TASKS.toArray(String[]::new)).list()) {
            authors.add(task.getAssignee());
        }
        authors.removeIf(Objects::isNull);
        return authors;
    }
}
