package io.customercodes.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.web.HttpTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** At each start, the groups of DESIGN.md end up with exactly their grants, however the database was left. */
@HttpTest
class AuthorizationSetupTest {

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    AuthorizationSetup setup;

    @Test
    void grantsAnEarlierReleaseGaveAreTakenBackAndNothingIsGrantedTwice() {
        long before = authorizations.createAuthorizationQuery().count();
        Authorization everyInstance = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        everyInstance.setGroupId("compliance");
        everyInstance.setResource(Resources.PROCESS_INSTANCE);
        everyInstance.setResourceId("*");
        everyInstance.addPermission(Permissions.READ);
        authorizations.saveAuthorization(everyInstance);
        Authorization definitions = group("stakeholders", Resources.PROCESS_DEFINITION, "*");
        definitions.addPermission(ProcessDefinitionPermissions.UPDATE_TASK);
        authorizations.saveAuthorization(definitions);

        setup.grantRoles();
        setup.grantRoles();

        assertThat(group("compliance", Resources.PROCESS_INSTANCE, "*")).isNull();
        assertThat(group("stakeholders", Resources.PROCESS_DEFINITION, "*").isPermissionGranted(
                ProcessDefinitionPermissions.UPDATE_TASK)).isFalse();
        assertThat(group("stakeholders", Resources.PROCESS_DEFINITION, "*").isPermissionGranted(
                ProcessDefinitionPermissions.READ)).isTrue();
        assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(before);
    }

    private Authorization group(String group, Resources resource, String id) {
        return authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource).resourceId(id)
                .singleResult();
    }
}
