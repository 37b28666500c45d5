package io.customercodes.security;

import io.customercodes.identity.Role;
import java.util.Arrays;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** The signed-in caller of our own API, checked against the Camunda groups that the engine also uses. */
@Component
public class CurrentUser {

    private final IdentityService identity;

    CurrentUser(IdentityService identity) {
        this.identity = identity;
    }

    /** The caller's user id, if the caller belongs to one of the roles (administrators always do); else 403. */
    public String requireOneOf(Role... roles) {
        String user = id();
        if (!isOneOf(roles)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, user + " is not in "
                    + Arrays.stream(roles).map(Role::groupId).toList());
        }
        return user;
    }

    /** The caller's user id if the caller is an administrator (camunda-admin); else 403. */
    public String requireAdministrator() {
        return requireOneOf();
    }

    /** Whether the caller belongs to one of the roles; administrators belong to every role. */
    public boolean isOneOf(Role... roles) {
        return identity.createGroupQuery().groupMember(id()).list().stream()
                .anyMatch(group -> group.getId().equals(Role.ADMIN_GROUP)
                        || Arrays.stream(roles).anyMatch(role -> role.groupId().equals(group.getId())));
    }

    private static String id() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
        return authentication.getName();
    }
}
