package io.customercodes.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine gives a task's candidate groups and assignee READ and TASK_WORK on it
 * ({@code defaultUserPermissionNameForTask}): claim, complete, submit its form. Tasks opened before that
 * setting hold UPDATE instead, with which a stakeholder could rename his task, add candidate groups and
 * rewrite the process's variables; at startup such grants become READ and TASK_WORK too.
 */
@Component
class TaskWorkGrants {

    /** What a user needs on his own task; anything else on one task is more than his work needs. */
    static final int WORK = Permissions.READ.getValue() | TaskPermissions.TASK_WORK.getValue();
    private static final int KEPT = WORK | TaskPermissions.READ_VARIABLE.getValue();

    private final AuthorizationService authorizations;

    TaskWorkGrants(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(21)
    @Transactional
    void narrowOpenTaskGrants() {
        for (Authorization grant : grantsBeyondKept()) {
            AuthorizationEntity entity = (AuthorizationEntity) grant;
            if (Authorization.ANY.equals(grant.getResourceId()) || Role.ADMIN_GROUP.equals(grant.getGroupId())) {
                continue;
            }
            entity.setPermissions((entity.getPermissions() & KEPT) | WORK);
            authorizations.saveAuthorization(entity);
        }
    }

    /**
     * Only the grants holding a permission beyond what is kept, one query per such permission: a large database
     * holds a grant per open task and group, and every start would otherwise read them all.
     */
    private Collection<Authorization> grantsBeyondKept() {
        Map<String, Authorization> wider = new LinkedHashMap<>();
        for (TaskPermissions permission : TaskPermissions.values()) {
            int bit = permission.getValue();
            if (permission == TaskPermissions.NONE || permission == TaskPermissions.ALL || (bit & ~KEPT) == 0) {
                continue; // ALL holds every bit, so each of the others finds those grants too
            }
            for (Authorization grant : authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
                    .authorizationType(AUTH_TYPE_GRANT).hasPermission(permission).list()) {
                wider.putIfAbsent(grant.getId(), grant);
            }
        }
        return wider.values();
    }
}
