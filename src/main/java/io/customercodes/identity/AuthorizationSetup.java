package io.customercodes.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What each group may do beyond its own tasks (the engine grants those per task to candidate groups).
 * camunda-admin gets every permission on every resource, as Camunda's own first-admin setup grants it:
 * membership alone makes nobody an administrator of the engine.
 */
@Component
class AuthorizationSetup {

    private final AuthorizationService authorizations;

    AuthorizationSetup(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void grantRoles() {
        for (Resource resource : Resources.values()) {
            grant(Role.ADMIN_GROUP, resource, Authorization.ANY, Permissions.ALL);
        }
        for (Role role : Role.values()) {
            for (String application : role.applications()) {
                grant(role, Resources.APPLICATION, application, Permissions.ACCESS);
            }
            grant(role, Resources.GROUP, role.groupId(), Permissions.READ);
            grant(role, Resources.USER, "*", Permissions.READ);
            // Tasklist shows process names and diagrams next to tasks.
            grant(role, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ);
        }
        // Code managers start codes from Tasklist and watch them in Cockpit.
        grant(Role.CODE_MANAGERS, Resources.PROCESS_DEFINITION, "codeLifecycle",
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(Role.CODE_MANAGERS, Resources.PROCESS_DEFINITION, "indicatorReadings",
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(Role.CODE_MANAGERS, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        grant(Role.CODE_MANAGERS, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ_HISTORY);
        grant(Role.CODE_MANAGERS, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ_INSTANCE);
        grant(Role.CODE_MANAGERS, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.READ);
        // Complaint handlers take complaints by phone: Tasklist's "Start process" with the intake form.
        grant(Role.COMPLAINT_HANDLERS, Resources.PROCESS_DEFINITION, "complaintHandling",
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(Role.COMPLAINT_HANDLERS, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        grant(Role.TOP_MANAGEMENT, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ_HISTORY);
        grant(Role.TOP_MANAGEMENT, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ_INSTANCE);
        grant(Role.TOP_MANAGEMENT, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.READ);
        grant(Role.COMPLIANCE, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ_HISTORY);
        grant(Role.COMPLIANCE, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.READ);
    }

    private void grant(Role role, Resource resource, String resourceId, Permission permission) {
        grant(role.groupId(), resource, resourceId, permission);
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        if (existing == null) {
            Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
            authorization.addPermission(permission);
            authorizations.saveAuthorization(authorization);
        } else if (!existing.isPermissionGranted(permission)) {
            existing.addPermission(permission);
            authorizations.saveAuthorization(existing);
        }
    }
}
