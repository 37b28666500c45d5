package io.customercodes.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UrlPathHelper;

/**
 * The passwords the engine checks outside HTTP Basic, throttled by {@link LoginThrottle} like HTTP Basic: the
 * login form of Tasklist, Cockpit and Admin, and the engine's "verify user" call (in the REST API and in the
 * webapps' copy of it), which would otherwise let any signed-in user try passwords of others unthrottled.
 */
class WebappLoginThrottle extends OncePerRequestFilter {

    private static final Pattern LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");
    private static final Pattern VERIFY = Pattern.compile(
            "(/engine-rest|/camunda/api/engine/engine/[^/]+)/identity/verify/?");
    private static final int MAX_BODY = 16 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final LoginThrottle throttle;

    WebappLoginThrottle(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!HttpMethod.POST.matches(request.getMethod())) {
            return true;
        }
        String path = PATHS.getPathWithinApplication(request);
        return !LOGIN.matcher(path).matches() && !VERIFY.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        boolean login = LOGIN.matcher(PATHS.getPathWithinApplication(request)).matches();
        String user = login ? formField(body, "username") : jsonField(body, "username");
        LoginThrottle.Attempt attempt;
        try {
            attempt = throttle.begin(request.getRemoteAddr(), user);
        } catch (LoginThrottledException throttled) {
            TooManyLoginAttempts.send(response, throttled);
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(new RereadableRequest(request, body), answer);
        } finally {
            Boolean succeeded = login ? loginSucceeded(answer.getStatus()) : verified(answer);
            if (succeeded == null) {
                attempt.abandoned();
            } else if (succeeded) {
                attempt.succeeded();
            } else {
                attempt.failed();
            }
            answer.copyBodyToResponse();
        }
    }

    /** 200 signed in, 401 wrong password; anything else (e.g. 403 for a missing CSRF token) checked none. */
    private static Boolean loginSucceeded(int status) {
        return status == 200 ? Boolean.TRUE : status == 401 ? Boolean.FALSE : null;
    }

    private static Boolean verified(ContentCachingResponseWrapper answer) {
        if (answer.getStatus() != 200) {
            return null;
        }
        try {
            JsonNode result = JSON.readTree(answer.getContentAsByteArray());
            return result != null && result.path("authenticated").asBoolean(false);
        } catch (IOException e) {
            return null;
        }
    }

    private static String formField(byte[] body, String name) {
        for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && decode(pair.substring(0, equals)).equals(name)) {
                return decode(pair.substring(equals + 1));
            }
        }
        return null;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static String jsonField(byte[] body, String name) {
        try {
            JsonNode json = JSON.readTree(body);
            return json != null && json.path(name).isTextual() ? json.get(name).asText() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The request with the body this filter already read. */
    private static final class RereadableRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        RereadableRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
