package io.customercodes.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets whoever is signed in to the Camunda webapps (Tasklist, Cockpit) read the manager pages with that same
 * session, so that a chart put as an image into a Tasklist form loads without a second sign-in. The session is
 * only read, never created; what the user may see is still decided by their groups (ReadAccess).
 */
class TasklistSessionAuthentication extends OncePerRequestFilter {

    private final String engineName;

    TasklistSessionAuthentication(String engineName) {
        this.engineName = engineName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && SecurityContextHolder.getContext().getAuthentication() == null) {
            Authentications signedIn = AuthenticationUtil.getAuthsFromSession(session);
            if (signedIn != null && signedIn.getAuthenticationForProcessEngine(engineName)
                    instanceof UserAuthentication user) {
                List<SimpleGrantedAuthority> groups = user.getGroupIds() == null ? List.of()
                        : user.getGroupIds().stream().map(id -> new SimpleGrantedAuthority("GROUP_" + id)).toList();
                SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user.getName(), null, groups));
            }
        }
        chain.doFilter(request, response);
    }
}
