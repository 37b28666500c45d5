package io.customercodes.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The answer to a throttled login: 429 with Retry-After, as application/problem+json. */
final class TooManyLoginAttempts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TooManyLoginAttempts() {
    }

    static void send(HttpServletResponse response, LoginThrottledException throttled) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:customer-codes:too-many-login-attempts");
        problem.put("title", "Too many failed logins");
        problem.put("status", HttpStatus.TOO_MANY_REQUESTS.value());
        problem.put("detail", throttled.getMessage());
        // The login form of Tasklist and Cockpit shows the "message" of an error answer.
        problem.put("message", throttled.getMessage());
        response.resetBuffer();
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfter().toSeconds()));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
