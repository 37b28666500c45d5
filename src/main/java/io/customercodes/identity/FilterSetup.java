package io.customercodes.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tasklist shows no tasks until filters exist: one per group, plus "My tasks" for everybody. */
@Component
class FilterSetup {

    static final String MY_TASKS = "My tasks";
    static final String OVERDUE_COMPLAINTS = "Overdue complaints";

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;

    FilterSetup(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    @Transactional
    void createFilters() {
        if (missing(MY_TASKS)) {
            TaskQuery mine = tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}");
            save(MY_TASKS, "Tasks assigned to me", -10, "#555555", mine);
        }
        // every group, also one added by a later release (code-sponsors) to a database that has the filter
        Filter mine = filters.createFilterQuery().filterName(MY_TASKS).singleResult();
        for (Role role : Role.values()) {
            if (authorizations.createAuthorizationQuery().groupIdIn(role.groupId()).resourceType(Resources.FILTER)
                    .resourceId(mine.getId()).count() == 0) {
                grantRead(mine, role.groupId());
            }
        }
        for (Role role : Role.values()) {
            String name = role.displayName();
            if (missing(name)) {
                TaskQuery query = tasks.createTaskQuery().taskCandidateGroup(role.groupId()).includeAssignedTasks();
                Filter filter = save(name, "Tasks for " + name.toLowerCase(), role.ordinal(), role.filterColor(), query);
                grantRead(filter, role.groupId());
            }
        }
        if (missing(OVERDUE_COMPLAINTS)) {
            TaskQuery overdue = tasks.createTaskQuery().processDefinitionKey("complaintHandling")
                    .taskCandidateGroup(Role.COMPLAINT_HANDLERS.groupId()).includeAssignedTasks()
                    .dueBeforeExpression("${now()}");
            Filter filter = save(OVERDUE_COMPLAINTS, "Complaint tasks past their due date", Role.values().length,
                    "#b00020", overdue);
            grantRead(filter, Role.COMPLAINT_HANDLERS.groupId());
            grantRead(filter, Role.TOP_MANAGEMENT.groupId());
        }
    }

    private boolean missing(String name) {
        return filters.createFilterQuery().filterName(name).count() == 0;
    }

    private Filter save(String name, String description, int priority, String color, TaskQuery query) {
        Filter filter = filters.newTaskFilter(name)
                .setQuery(query)
                .setProperties(Map.of("description", description, "priority", priority, "color", color,
                        "refresh", true));
        return filters.saveFilter(filter);
    }

    private void grantRead(Filter filter, String groupId) {
        Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(Resources.FILTER);
        authorization.setResourceId(filter.getId());
        authorization.addPermission(Permissions.READ);
        authorizations.saveAuthorization(authorization);
    }
}
