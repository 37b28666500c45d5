package io.customercodes.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration
class SecurityConfiguration {

    /** JSON answers: nothing in them may run, load or be framed. */
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /** The public pages are plain HTML with one stylesheet: no scripts, no inline styles, forms to us only. */
    static final String PAGE_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /** The REST API of the engine and our JSON API: HTTP Basic, no sessions, never anonymous. */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider users) throws Exception {
        return http
                .securityMatcher(new OrRequestMatcher(path("/engine-rest/**"), path("/api/**")))
                // Only this manager: with the global one as parent, each wrong password would be checked twice.
                .authenticationManager(new ProviderManager(users))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(throttledOrBasic()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    /**
     * The manager pages (a code's charts): read-only, for the Camunda user signed in to Tasklist in this browser
     * or sending HTTP Basic credentials; no session of their own, so no CSRF to guard.
     */
    @Bean
    @Order(2)
    SecurityFilterChain managerPageSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider users,
            ProcessEngine engine) throws Exception {
        return http
                .securityMatcher(path("/manage/**"))
                .authenticationManager(new ProviderManager(users))
                .addFilterBefore(new TasklistSessionAuthentication(engine.getName()), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/manage/**").authenticated()
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(throttledOrBasic()))
                // Tasklist's session is only read: a new session id here (fixation protection) or a saved request
                // would sign the user out of Tasklist in the middle of a form.
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionFixation(fixation -> fixation.none()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frame -> frame.deny()))
                .build();
    }

    /**
     * The Camunda webapps keep their own login, session, CSRF protection and security headers
     * (camunda.bpm.webapp.header-security), so Spring Security only lets them through.
     */
    @Bean
    @Order(2)
    SecurityFilterChain webappSecurity(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    /**
     * Public pages are open; everything else is closed. Their forms (a complaint, the complainant's answer)
     * carry a CSRF token that must match a cookie, so no anonymous visitor needs a session and a form shown by
     * one node can be sent to another.
     */
    @Bean
    @Order(3)
    SecurityFilterChain publicPageSecurity(HttpSecurity http) throws Exception {
        CookieCsrfTokenRepository csrfCookie = new CookieCsrfTokenRepository();
        csrfCookie.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return http
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie))
                .exceptionHandling(denied -> denied.accessDeniedHandler((request, response, exception) -> {
                    // ErrorPages tells a customer whose form has gone stale to reload it, not that the page is for staff.
                    request.setAttribute(WebAttributes.ACCESS_DENIED_403, exception);
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                }))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/"), path("/codes"), path("/codes/**"), path("/css/**"), path("/favicon.ico"), path("/favicon.svg"), path("/error"),
                                path("/actuator/health"), path("/actuator/health/liveness"),
                                path("/actuator/health/readiness")).permitAll()
                        .anyRequest().denyAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frame -> frame.deny()))
                .build();
    }

    /** Ahead of Spring Security: an oversized form is refused before its CSRF token is even looked for. */
    @Bean
    FilterRegistrationBean<Filter> publicFormSizeLimit() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new PublicFormSizeLimit());
        registration.addUrlPatterns("/codes/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 20);
        registration.setName("customer-codes-public-form-size-limit");
        return registration;
    }

    @Bean
    FilterRegistrationBean<Filter> complaintFilingGuard(ComplaintFilingThrottle throttle) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new PublicFormGuard(throttle));
        registration.addUrlPatterns("/codes/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        registration.setName("customer-codes-complaint-filing-throttle");
        return registration;
    }

    @Bean
    FilterRegistrationBean<Filter> satisfactionAnswerGuard(SatisfactionAnswerThrottle throttle) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                new PublicFormGuard(PublicFormGuard.SATISFACTION_ANSWER, throttle));
        registration.addUrlPatterns("/codes/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        registration.setName("customer-codes-satisfaction-answer-throttle");
        return registration;
    }

    private static AuthenticationEntryPoint throttledOrBasic() {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("Realm");
        return (request, response, failure) -> {
            if (failure instanceof LoginThrottledException throttled) {
                TooManyLoginAttempts.send(response, throttled);
            } else {
                basic.commence(request, response, failure);
            }
        };
    }

    /** Matches the whole path: the engine's REST API and the webapps are servlets of their own, not Spring MVC. */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /** Tells the engine who the authenticated REST caller is, so its authorizations apply. */
    @Bean
    FilterRegistrationBean<Filter> engineRestAuthentication() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
        registration.setName("camunda-engine-rest-authentication");
        return registration;
    }

    /** The webapps' login form and "verify user" are not HTTP Basic: a filter ahead of Spring Security throttles them. */
    @Bean
    FilterRegistrationBean<Filter> webappLoginThrottle(LoginThrottle throttle) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new WebappLoginThrottle(throttle));
        registration.addUrlPatterns("/camunda/api/*", "/engine-rest/identity/verify", "/engine-rest/identity/verify/");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        registration.setName("customer-codes-webapp-login-throttle");
        return registration;
    }
}
