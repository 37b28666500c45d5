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

    /** The caller's user id, if the caller belongs to one of the roles (administrators always do). */
    public String requireOneOf(Role... roles) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
        String user = authentication.getName();
        boolean allowed = identity.createGroupQuery().groupMember(user).list().stream()
                .anyMatch(group -> group.getId().equals(Role.ADMIN_GROUP)
                        || Arrays.stream(roles).anyMatch(role -> role.groupId().equals(group.getId())));
        if (!allowed) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, user + " is not in "
                    + Arrays.stream(roles).map(Role::groupId).toList());
        }
        return user;
    }
}
