package io.customercodes.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * The forms of the public pages (a complaint, the complainant's answer) are a few thousand characters: a body
 * far beyond that is refused with 413 before anything reads it, and one of unknown length with 411.
 */
class PublicFormSizeLimit extends OncePerRequestFilter {

    /**
     * The complaint form's fields hold at most 12,560 characters; a character is at most 12 bytes once UTF-8
     * and percent-encoded (%F0%9F%98%80), which leaves room for the field names and the CSRF token.
     */
    static final long MAX_BODY = 160 * 1024;
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod())
                || !PATHS.getPathWithinApplication(request).startsWith("/codes/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > MAX_BODY) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        if (length < 0) {
            response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
            return;
        }
        chain.doFilter(request, response);
    }
}
