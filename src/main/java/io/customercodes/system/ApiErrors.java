package io.customercodes.system;

import io.customercodes.code.UnknownCodeException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.net.URI;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of /api as application/problem+json, naming the field where one is at fault. */
@RestControllerAdvice(basePackages = "io.customercodes")
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring Boot's generic problem details, which name no field
class ApiErrors {

    @ExceptionHandler(InvalidFormInputException.class)
    ProblemDetail invalidInput(InvalidFormInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid input");
        problem.setType(URI.create("urn:customer-codes:invalid-input"));
        problem.setProperty("field", e.field());
        return problem;
    }

    /** A JSON body whose value does not fit its field, e.g. text where a number belongs. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
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

    @ExceptionHandler(UnknownCodeException.class)
    ProblemDetail unknownCode(UnknownCodeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }
}
