package io.customercodes.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration
class SecurityConfiguration {

    /** The REST API of the engine and our JSON API: HTTP Basic, no sessions, never anonymous. */
    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider users) throws Exception {
        return http
                .securityMatcher(new OrRequestMatcher(path("/engine-rest/**"), path("/api/**")))
                .authenticationProvider(users)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * Public pages are open; the Camunda webapps keep their own login, session and CSRF protection,
     * so Spring Security only lets them through.
     */
    @Bean
    SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/camunda/**")).permitAll()
                        .requestMatchers(path("/"), path("/codes"), path("/codes/**"), path("/css/**"), path("/error"),
                                path("/actuator/health"), path("/actuator/health/liveness"),
                                path("/actuator/health/readiness")).permitAll()
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**")))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
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
}
