package io.customercodes.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses malformed addresses (path parameters such as ";x" or ";jsessionid=", encoded slashes and dots,
 * "..") with 400 before any other filter reads the path. Spring Security's firewall refuses the same, but
 * Spring's path parsing runs ahead of it and fails with a 500 on "/engine-rest;x/...", whose path no longer
 * starts with the engine servlet's path.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class MalformedPathsRefused extends OncePerRequestFilter {

    private final StrictHttpFirewall firewall = new StrictHttpFirewall();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            firewall.getFirewalledRequest(request);
        } catch (RequestRejectedException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}
