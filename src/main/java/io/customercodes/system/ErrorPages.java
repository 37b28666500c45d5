package io.customercodes.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Map;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * What a client sees of an error that no handler answered: for the APIs application/problem+json, for
 * browsers a page in the layout of the public pages. Neither shows the exception or its message, which may
 * be internal (SQL, class names); the deliberate messages come from the handlers in {@link ApiErrors}.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPages implements ErrorController {

    private final ObjectMapper json;

    ErrorPages(ObjectMapper json) {
        this.json = json;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = status(request);
        if (isApi(request)) {
            ProblemDetail problem = problemOf(request, status);
            View asJson = (model, req, res) -> {
                res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                json.writeValue(res.getOutputStream(), problem);
            };
            ModelAndView answer = new ModelAndView(asJson);
            answer.setStatus(status);
            return answer;
        }
        if (request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException) {
            return new ModelAndView("error", Map.of("status", status.value(), "heading", "This form has expired",
                    "explanation", "For your safety a form can only be sent from the page that showed it. Go back,"
                            + " reload the page and send the form again."), status);
        }
        return new ModelAndView("error", Map.of("status", status.value(), "heading", heading(status),
                "explanation", explanation(status, response.getHeader(HttpHeaders.RETRY_AFTER))), status);
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problemOf(request, status));
    }

    private static ProblemDetail problemOf(HttpServletRequest request, HttpStatus status) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
            try {
                problem.setInstance(URI.create(uri));
            } catch (IllegalArgumentException e) {
                // a malformed address stays out of the answer
            }
        }
        return problem;
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                ? uri.substring(Math.min(uri.length(), request.getContextPath().length())) : "";
        return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/api;")
                || path.startsWith("/engine-rest") || path.startsWith("/camunda/api/");
    }

    private static HttpStatus status(HttpServletRequest request) {
        HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? HttpStatus.resolve(code) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String heading(HttpStatus status) {
        if (status == HttpStatus.NOT_FOUND) {
            return "Page not found";
        }
        if (status == HttpStatus.UNAUTHORIZED || status == HttpStatus.FORBIDDEN) {
            return "Not open to the public";
        }
        if (status == HttpStatus.PAYLOAD_TOO_LARGE) {
            return "Too much to send at once";
        }
        if (status == HttpStatus.TOO_MANY_REQUESTS) {
            return "Please wait a little";
        }
        return status.is4xxClientError() ? "This request cannot be answered" : "Something went wrong";
    }

    private static String explanation(HttpStatus status, String retryAfterSeconds) {
        if (status == HttpStatus.NOT_FOUND) {
            return "There is no page at this address. It may have moved, or the address may be mistyped.";
        }
        if (status == HttpStatus.UNAUTHORIZED || status == HttpStatus.FORBIDDEN) {
            return "This address is for staff, who sign in to Tasklist.";
        }
        if (status == HttpStatus.PAYLOAD_TOO_LARGE) {
            return "The form held far more text than its fields allow. Go back, shorten what you wrote and send it"
                    + " again.";
        }
        if (status == HttpStatus.TOO_MANY_REQUESTS) {
            return "Many forms were sent from your address in a short time. Please try again in "
                    + (retryAfterSeconds == null ? "a few minutes" : retryAfterSeconds + " seconds") + ".";
        }
        return status.is4xxClientError() ? "The address or the request is not valid."
                : "We could not show this page just now. Please try again later.";
    }
}
