package io.customercodes.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist submits forms through the webapps' own REST API ({@code /camunda/api/engine}), a JAX-RS application of
 * its own that our {@code /engine-rest} exception mapper does not reach. There the engine puts "Cannot submit task
 * form {task id}: " or "Cannot instantiate process definition {definition id}: " before a refusal, and Tasklist
 * shows it as it is. This filter takes that prefix off refused submissions (400), so the user reads only the
 * message meant for them.
 */
@Configuration
class TasklistRefusalMessages {

    static final Pattern ENGINE_PREFIX = Pattern.compile(
            "^Cannot (submit task form|instantiate process definition) \\S+: ");
    static final ObjectMapper JSON = new ObjectMapper();

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> refusalMessagesForTasklist() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new WithoutPrefix());
        registration.addUrlPatterns("/camunda/api/engine/*");
        return registration;
    }

    static String withoutPrefix(String message) {
        return ENGINE_PREFIX.matcher(message).replaceFirst("");
    }

    static class WithoutPrefix extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path = request.getRequestURI();
            return !"POST".equals(request.getMethod())
                    || !(path.endsWith("/submit-form") || path.endsWith("/complete") || path.endsWith("/start"));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, answer);
            if (answer.getStatus() == HttpServletResponse.SC_BAD_REQUEST) {
                byte[] rewritten = rewritten(answer.getContentAsByteArray());
                if (rewritten != null) {
                    answer.resetBuffer();
                    answer.getOutputStream().write(rewritten);
                }
            }
            answer.copyBodyToResponse();
        }

        private static byte[] rewritten(byte[] body) {
            try {
                JsonNode json = JSON.readTree(body);
                if (json instanceof ObjectNode object && json.path("message").isTextual()) {
                    object.put("message", withoutPrefix(json.get("message").asText()));
                    return JSON.writeValueAsString(object).getBytes(StandardCharsets.UTF_8);
                }
            } catch (IOException notJson) {
                // left as the engine wrote it
            }
            return null;
        }
    }
}
