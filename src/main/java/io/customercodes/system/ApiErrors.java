package io.customercodes.system;

import io.customercodes.code.UnknownCodeException;
import io.customercodes.complaint.UnknownComplaintException;
import io.customercodes.version.UnknownVersionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.net.URI;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors of /api as application/problem+json, naming the field where one is at fault. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring Boot's generic problem details, which name no field
class ApiErrors {

    @ExceptionHandler(InvalidFormInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalidInput(InvalidFormInputException e) {
        return invalid(e.field(), e.getMessage());
    }

    /** A JSON body whose value does not fit its field, e.g. text where a number belongs. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String field = e.getCause() instanceof JsonMappingException mapping ? mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                .collect(Collectors.joining(".")) : null;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                field == null || field.isEmpty() ? "The request body is not valid JSON for this resource"
                        : field + ": has the wrong type or format");
        problem.setTitle("Invalid input");
        problem.setType(URI.create("urn:customer-codes:invalid-input"));
        if (field != null && !field.isEmpty()) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    /** A path or query parameter that is not of its type, e.g. text where a version number belongs. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail mismatchedParameter(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String expected = type == int.class || type == Integer.class || type == long.class || type == Long.class
                ? "a whole number" : "valid";
        return invalid(e.getName(), "%s: '%s' is not %s".formatted(e.getName(), e.getValue(), expected));
    }

    /** A parameter outside its constraint, e.g. version number 0. */
    @ExceptionHandler(HandlerMethodValidationException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalidParameter(HandlerMethodValidationException e) {
        ParameterValidationResult first = e.getParameterValidationResults().get(0);
        String field = first.getMethodParameter().getParameterName();
        String reasons = String.join(", ", first.getResolvableErrors().stream()
                .map(MessageSourceResolvable::getDefaultMessage).toList());
        return invalid(field, "%s: '%s' %s".formatted(field, first.getArgument(), reasons));
    }

    @ExceptionHandler({UnknownCodeException.class, UnknownVersionException.class, UnknownComplaintException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ProblemDetail notFound(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    private static ProblemDetail invalid(String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid input");
        problem.setType(URI.create("urn:customer-codes:invalid-input"));
        problem.setProperty("field", field);
        return problem;
    }
}
