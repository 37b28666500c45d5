package io.customercodes.publication;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.MappingJackson2JsonView;

/**
 * A customer who follows a stale link to a code gets a page; a program that asked for JSON only gets a
 * problem+json answer instead of HTML it cannot read.
 */
@ControllerAdvice(assignableTypes = {PublicCodeController.class, PublicComplaintController.class,
        PublicSatisfactionController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicPageErrors {

    @ExceptionHandler(NoPublishedCodeException.class)
    ModelAndView noPublishedCode(NoPublishedCodeException e, HttpServletRequest request) {
        if (wantsJsonOnly(request.getHeader("Accept"))) {
            MappingJackson2JsonView json = new MappingJackson2JsonView();
            json.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.setExtractValueFromSingleKeyModel(true);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "No published code with key " + e.key());
            problem.setTitle("Code not found");
            ModelAndView answer = new ModelAndView(json, Map.of("problem", problem));
            answer.setStatus(HttpStatus.NOT_FOUND);
            return answer;
        }
        return new ModelAndView("codes/not-found", Map.of("key", e.key()), HttpStatus.NOT_FOUND);
    }

    private static boolean wantsJsonOnly(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types = MediaType.parseMediaTypes(accept);
        MediaType.sortBySpecificityAndQuality(types);
        return types.stream().noneMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType())
                && types.stream().anyMatch(type -> type.getSubtype().endsWith("json"));
    }
}
