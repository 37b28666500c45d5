package io.customercodes.system;

import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Spring MVC's own errors (405, 415, a ResponseStatusException, ...) as application/problem+json, for the JSON
 * API only: in place of Spring Boot's handler, which answers the public pages' errors with JSON too.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemDetails extends ResponseEntityExceptionHandler {
}
