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
 * Filings on the public complaint form, throttled per client address by {@link ComplaintFilingThrottle}: a
 * filing is counted when the form answered with the redirect to the new complaint (303 See Other).
 */
class ComplaintFilingGuard extends OncePerRequestFilter {

    private static final Pattern FILING = Pattern.compile("/codes/[^/]+/complaints/?");
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final ComplaintFilingThrottle throttle;

    ComplaintFilingGuard(ComplaintFilingThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod())
                || !FILING.matcher(PATHS.getPathWithinApplication(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ComplaintFilingThrottle.Filing filing;
        try {
            filing = throttle.begin(request.getRemoteAddr());
        } catch (ComplaintFilingThrottle.ThrottledException throttled) {
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
