package io.customercodes.system;

import io.customercodes.code.UnknownCodeException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of /api as application/problem+json, naming the field where one is at fault. */
@RestControllerAdvice(basePackages = "io.customercodes")
class ApiErrors {

    @ExceptionHandler(InvalidFormInputException.class)
    ProblemDetail invalidInput(InvalidFormInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid input");
        problem.setType(URI.create("urn:customer-codes:invalid-input"));
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(UnknownCodeException.class)
    ProblemDetail unknownCode(UnknownCodeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }
}
