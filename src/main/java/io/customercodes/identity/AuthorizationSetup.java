package io.customercodes.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each group may do beyond its own tasks (the engine grants those per task to candidate groups, see
 * {@link TaskWorkGrants}). camunda-admin gets every permission on every resource, as Camunda's own
 * first-admin setup grants it: membership alone makes nobody an administrator of the engine.
 *
 * <p>The grants of the DESIGN.md groups are this class's: at every start each group ends up with exactly
 * the permissions listed here, so a database set up by an earlier release loses what is no longer given
 * (compliance used to read every process instance). Per-task and per-filter grants are left alone; a
 * grant an administrator wants beyond these belongs to a user or a group of its own.
 */
@Component
class AuthorizationSetup {

    /** Resources whose grants are per entity (a task, a filter) and kept by other steps. */
    private static final Set<Resource> PER_ENTITY = Set.of(Resources.TASK, Resources.FILTER);

    private record Grant(String groupId, Resource resource, String resourceId) {
    }

    private final AuthorizationService authorizations;

    AuthorizationSetup(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    @Transactional
    void grantRoles() {
        Map<Grant, Integer> wanted = new LinkedHashMap<>();
        for (Resource resource : Resources.values()) {
            grant(wanted, Role.ADMIN_GROUP, resource, Authorization.ANY, Permissions.ALL);
        }
        for (Role role : Role.values()) {
            for (String application : role.applications()) {
                grant(wanted, role, Resources.APPLICATION, application, Permissions.ACCESS);
            }
            grant(wanted, role, Resources.GROUP, role.groupId(), Permissions.READ);
            // Tasklist shows who has a task by name.
            grant(wanted, role, Resources.USER, "*", Permissions.READ);
            // Tasklist shows process names and diagrams next to tasks.
            grant(wanted, role, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ);
        }
        // Code managers start codes and readings from Tasklist and watch every process in Cockpit.
        grant(wanted, Role.CODE_MANAGERS, Resources.PROCESS_DEFINITION, "codeLifecycle",
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(wanted, Role.CODE_MANAGERS, Resources.PROCESS_DEFINITION, "indicatorReadings",
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(wanted, Role.CODE_MANAGERS, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        grant(wanted, Role.CODE_MANAGERS, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_INSTANCE);
        grant(wanted, Role.CODE_MANAGERS, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.READ);
        // Code sponsors propose model codes from Tasklist and follow their development, implementation and review.
        grant(wanted, Role.CODE_SPONSORS, Resources.PROCESS_DEFINITION, "codeLifecycle",
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(wanted, Role.CODE_SPONSORS, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        for (String process : List.of("codeLifecycle", "codeDevelopment", "codeImplementation", "codeReview")) {
            grant(wanted, Role.CODE_SPONSORS, Resources.PROCESS_DEFINITION, process,
                    ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE);
        }
        // Top management oversees every process in Cockpit.
        grant(wanted, Role.TOP_MANAGEMENT, Resources.PROCESS_DEFINITION, "*",
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE);
        grant(wanted, Role.TOP_MANAGEMENT, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.READ);
        // Compliance follows the development of versions it checks, not reviews or readings.
        grant(wanted, Role.COMPLIANCE, Resources.PROCESS_DEFINITION, "codeDevelopment",
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE);
        // Complaint handlers take complaints by phone: Tasklist's "Start process" with the intake form.
        grant(wanted, Role.COMPLAINT_HANDLERS, Resources.PROCESS_DEFINITION, "complaintHandling",
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(wanted, Role.COMPLAINT_HANDLERS, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        reconcile(wanted);
    }

    private static void grant(Map<Grant, Integer> wanted, Role role, Resource resource, String resourceId,
            Permission... permissions) {
        grant(wanted, role.groupId(), resource, resourceId, permissions);
    }

    private static void grant(Map<Grant, Integer> wanted, String groupId, Resource resource, String resourceId,
            Permission... permissions) {
        int mask = 0;
        for (Permission permission : permissions) {
            mask |= permission.getValue();
        }
        wanted.merge(new Grant(groupId, resource, resourceId), mask, (a, b) -> a | b);
    }

    private void reconcile(Map<Grant, Integer> wanted) {
        Set<String> groups = new HashSet<>();
        wanted.keySet().forEach(grant -> groups.add(grant.groupId()));
        for (Resource resource : Resources.values()) {
            AuthorizationQuery query = authorizations.createAuthorizationQuery()
                    .groupIdIn(groups.toArray(String[]::new)).resourceType(resource);
            if (PER_ENTITY.contains(resource)) {
                query.resourceId(Authorization.ANY); // not the grant of every open task, which none of this touches
            }
            for (Authorization existing : query.list()) {
                if (existing.getAuthorizationType() != AUTH_TYPE_GRANT) {
                    continue; // a revocation only narrows what a group may do
                }
                Grant grant = new Grant(existing.getGroupId(), resource, existing.getResourceId());
                Integer mask = wanted.remove(grant);
                if (mask == null) {
                    if (!PER_ENTITY.contains(resource)) {
                        authorizations.deleteAuthorization(existing.getId());
                    }
                } else if (((AuthorizationEntity) existing).getPermissions() != mask) {
                    ((AuthorizationEntity) existing).setPermissions(mask);
                    authorizations.saveAuthorization(existing);
                }
            }
        }
        wanted.forEach((grant, mask) -> {
            AuthorizationEntity authorization = (AuthorizationEntity) authorizations
                    .createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(grant.groupId());
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
            authorization.setPermissions(mask);
            authorizations.saveAuthorization(authorization);
        });
    }
}
