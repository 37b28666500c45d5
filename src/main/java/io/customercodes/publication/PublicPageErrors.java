package io.customercodes.publication;

import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A customer who follows a stale link to a code gets a page, not JSON. */
@ControllerAdvice(assignableTypes = {PublicCodeController.class, PublicComplaintController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicPageErrors {

    @ExceptionHandler(NoPublishedCodeException.class)
    ModelAndView noPublishedCode(NoPublishedCodeException e) {
        return new ModelAndView("codes/not-found", Map.of("key", e.key()), HttpStatus.NOT_FOUND);
    }
}
