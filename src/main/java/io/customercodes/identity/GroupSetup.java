package io.customercodes.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates the groups of DESIGN.md in every run, prod included; users are someone else's job. */
@Component
class GroupSetup {

    private final IdentityService identityService;

    GroupSetup(IdentityService identityService) {
        this.identityService = identityService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    @Transactional
    void createGroups() {
        for (Role role : Role.values()) {
            createIfMissing(role.groupId(), role.displayName());
        }
        createIfMissing(Role.ADMIN_GROUP, "Camunda administrators");
    }

    private void createIfMissing(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        }
    }
}
