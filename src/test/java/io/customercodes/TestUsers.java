package io.customercodes;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** The demo users of DESIGN.md, for tests that run without the demo data (password = user id). */
public final class TestUsers {

    private TestUsers() {
    }

    public static String email(String user) {
        return user + "@customer-codes.test";
    }

    public static void create(IdentityService identity) {
        Map<String, List<String>> users = new java.util.HashMap<>(ProcessScenario.GROUPS);
        users.put("admin", List.of("camunda-admin"));
        users.forEach((id, groups) -> {
            if (identity.createUserQuery().userId(id).count() > 0) {
                return;
            }
            User user = identity.newUser(id);
            user.setFirstName(id);
            user.setLastName("Test");
            user.setPassword(id);
            user.setEmail(email(id));
            identity.saveUser(user);
            groups.forEach(group -> identity.createMembership(id, group));
        });
    }
}
