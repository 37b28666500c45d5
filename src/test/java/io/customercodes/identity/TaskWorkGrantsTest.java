package io.customercodes.identity;

import static io.customercodes.ProcessScenario.draftForm;
import static io.customercodes.ProcessScenario.objectivesForm;
import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import io.customercodes.web.EngineRestClient;
import io.customercodes.web.HttpTest;
import io.customercodes.web.TasklistSession;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A task's group and assignee hold TASK_WORK on it, which is all Tasklist needs, and never UPDATE. */
@HttpTest
class TaskWorkGrantsTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    ProcessScenario scenario;

    @Autowired
    TaskWorkGrants taskWorkGrants;

    final String key = ProcessScenario.uniqueKey("WORK");

    @BeforeEach
    void consultationOpen() {
        TestUsers.create(identity);
        scenario.startCode(key, "STAFF");
        scenario.complete("mary", key, "Task_SetObjectives", objectivesForm());
        scenario.complete("mary", key, "Task_DraftCode", draftForm("Delivery in 3 days"));
    }

    @Test
    void withTaskWorkAloneTasklistClaimsLoadsTheFormAndItsValuesAndSubmitsIt() {
        String task = scenario.task(key, "Task_GiveFeedback").getId();
        assertThat(grant("stakeholders", null, task)).satisfies(this::grantsWorkOnly);

        TasklistSession sam = new TasklistSession(port, "sam");
        assertThat(sam.findTask("Stakeholders", key, "Give feedback")).isEqualTo(task);
        sam.claim(task);
        assertThat(grant(null, "sam", task)).as("the assignee's grant").satisfies(this::grantsWorkOnly);
        EngineRestClient.Response submitted = sam.submitTaskForm(task, Map.of(
                "consultationPosition", "SUPPORT_WITH_CHANGES", "feedbackComments", "Name the carrier"));

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(204);
        assertThat(scenario.openTasks(key, "Task_GiveFeedback")).isEmpty();
    }

    @Test
    void updateGrantsOnTasksOpenedBeforeTheUpgradeBecomeTaskWorkAtStartup() {
        String task = scenario.task(key, "Task_GiveFeedback").getId();
        Authorization old = grant("stakeholders", null, task);
        old.addPermission(Permissions.UPDATE);
        authorizations.saveAuthorization(old);
        grantUser("hank", task, Permissions.READ, Permissions.TASK_ASSIGN);
        grantUser("carla", task, TaskPermissions.UPDATE_VARIABLE);
        EngineRestClient sam = new EngineRestClient(port, "sam");
        assertThat(sam.put("/engine-rest/task/" + task, "{\"name\":\"Renamed\"}").status()).isEqualTo(204);

        taskWorkGrants.narrowOpenTaskGrants();
        taskWorkGrants.narrowOpenTaskGrants();

        assertThat(grant("stakeholders", null, task)).satisfies(this::grantsWorkOnly);
        assertThat(grant(null, "hank", task)).as("any permission beyond work goes").satisfies(this::grantsWorkOnly);
        assertThat(grant(null, "carla", task)).satisfies(this::grantsWorkOnly);
        assertThat(sam.put("/engine-rest/task/" + task, "{\"name\":\"Renamed again\"}").status()).isEqualTo(403);
    }

    private void grantUser(String user, String task, Permission... permissions) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(user);
        grant.setResource(Resources.TASK);
        grant.setResourceId(task);
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        authorizations.saveAuthorization(grant);
    }

    private Authorization grant(String group, String user, String task) {
        var query = authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task);
        return (group != null ? query.groupIdIn(group) : query.userIdIn(user)).singleResult();
    }

    private void grantsWorkOnly(Authorization grant) {
        assertThat(((AuthorizationEntity) grant).getPermissions()).isEqualTo(TaskWorkGrants.WORK);
        assertThat(grant.isPermissionGranted(Permissions.READ)).isTrue();
        assertThat(grant.isPermissionGranted(Permissions.TASK_WORK)).isTrue();
        assertThat(grant.isPermissionGranted(Permissions.UPDATE)).isFalse();
        assertThat(grant.isPermissionGranted(Permissions.TASK_ASSIGN)).isFalse();
    }
}
