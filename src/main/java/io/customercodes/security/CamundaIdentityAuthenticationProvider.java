package io.customercodes.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic for /api and /engine-rest against the same users and groups Tasklist uses, throttled per client; a
 * password the engine accepted a moment ago is not checked again ({@link VerifiedCredentials}).
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final LoginThrottle throttle;
    private final VerifiedCredentials verified;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle,
            VerifiedCredentials verified) {
        this.identityService = identityService;
        this.throttle = throttle;
        this.verified = verified;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        if (user == null || user.isBlank()) {
            throw new BadCredentialsException("Bad credentials");
        }
        LoginThrottle.Attempt attempt = throttle.begin(clientAddress(authentication), user);
        List<String> groups = verified.groupsOf(user, password).orElse(null);
        if (groups == null) {
            groups = checkedByTheEngine(user, password, attempt);
        } else {
            attempt.succeeded();
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                groups.stream().map(id -> new SimpleGrantedAuthority("GROUP_" + id)).toList());
    }

    /** The user's groups once the engine has accepted the password. */
    private List<String> checkedByTheEngine(String user, String password, LoginThrottle.Attempt attempt) {
        boolean valid = false;
        try {
            valid = identityService.checkPassword(user, password);
        } finally {
            if (valid) {
                attempt.succeeded();
            } else {
                attempt.failed();
            }
        }
        if (!valid) {
            verified.refused(user);
            throw new BadCredentialsException("Bad credentials");
        }
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).toList();
        verified.accepted(user, password, groups);
        return groups;
    }

    private static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
