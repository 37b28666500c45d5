package io.customercodes.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Submissions of a public form (a complaint, an answer to the satisfaction question), throttled per client
 * address: a submission is counted when the form was accepted and answered with its redirect (303 See Other).
 */
class PublicFormGuard extends OncePerRequestFilter {

    static final Pattern FILING = Pattern.compile("/codes/[^/]+/complaints/?");
    static final Pattern SATISFACTION_ANSWER = Pattern.compile("/codes/[^/]+/satisfaction/?");
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final Pattern path;
    private final AddressThrottle throttle;

    PublicFormGuard(ComplaintFilingThrottle throttle) {
        this(FILING, throttle);
    }

    PublicFormGuard(Pattern path, AddressThrottle throttle) {
        this.path = path;
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod())
                || !path.matcher(PATHS.getPathWithinApplication(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        AddressThrottle.Filing filing;
        try {
            filing = throttle.begin(request.getRemoteAddr());
        } catch (AddressThrottle.ThrottledException throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfter().toSeconds()));
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (response.getStatus() == HttpStatus.SEE_OTHER.value()) {
                filing.filed();
            } else {
                filing.abandoned();
            }
        }
    }
}
