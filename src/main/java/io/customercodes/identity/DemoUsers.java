package io.customercodes.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo users of DESIGN.md (password = user id), only in the default run. */
@Component
@ConditionalOnProperty(name = "customer-codes.demo.enabled", havingValue = "true")
class DemoUsers {

    record DemoUser(String id, String firstName, String lastName, List<String> groups) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("demo", "Demo", "Administrator", allGroups()),
            new DemoUser("mary", "Mary", "Manager", List.of(Role.CODE_MANAGERS.groupId())),
            new DemoUser("sam", "Sam", "Stakeholder", List.of(Role.STAKEHOLDERS.groupId())),
            new DemoUser("carla", "Carla", "Compliance", List.of(Role.COMPLIANCE.groupId())),
            new DemoUser("tom", "Tom", "Topmanager", List.of(Role.TOP_MANAGEMENT.groupId())),
            new DemoUser("hank", "Hank", "Handler", List.of(Role.COMPLAINT_HANDLERS.groupId())),
            new DemoUser("sara", "Sara", "Sponsor", List.of(Role.CODE_SPONSORS.groupId())));

    private final IdentityService identityService;

    DemoUsers(IdentityService identityService) {
        this.identityService = identityService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(15)
    void createUsers() {
        for (DemoUser demo : USERS) {
            if (identityService.createUserQuery().userId(demo.id()).count() > 0) {
                joinGroupsAddedSince(demo);
                continue;
            }
            User user = identityService.newUser(demo.id());
            user.setFirstName(demo.firstName());
            user.setLastName(demo.lastName());
            user.setPassword(demo.id());
            user.setEmail(demo.id() + "@customer-codes.example");
            identityService.saveUser(user);
            for (String group : demo.groups()) {
                identityService.createMembership(demo.id(), group);
            }
        }
    }

    /**
     * A demo user keeps the groups of this list: on a database of an earlier release, demo joins the group this
     * release added (code-sponsors).
     */
    private void joinGroupsAddedSince(DemoUser demo) {
        for (String group : demo.groups()) {
            if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0
                    && identityService.createGroupQuery().groupId(group).count() > 0) {
                identityService.createMembership(demo.id(), group);
            }
        }
    }

    private static List<String> allGroups() {
        List<String> groups = new java.util.ArrayList<>();
        groups.add(Role.ADMIN_GROUP);
        for (Role role : Role.values()) {
            groups.add(role.groupId());
        }
        return List.copyOf(groups);
    }
}
