package io.customercodes.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** The engine's REST API at /engine-rest, with our answer to form input it refuses. */
@Component
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(FormInputRefusedAsBadRequest.class);
    }

    /**
     * Refused input is answered with its message alone, for the person at the form: the engine's "Cannot
     * submit task form {task id}:" or "Cannot instantiate process definition {id}:" prefix means nothing to
     * them. Submitting a form already answers refused input with 400, but starting an instance with variables
     * ({@code POST /process-definition/.../start}) wraps every engine exception in a 500. Refused input is the
     * caller's mistake wherever it comes in.
     */
    @Priority(Priorities.USER - 100) // before the engine's own mapper of RestException
    static class FormInputRefusedAsBadRequest implements ExceptionMapper<RestException> {

        @Override
        public Response toResponse(RestException exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof FormFieldValidationException refused) {
                    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                            .entity(Map.of("type", "InvalidFormInput", "message", refused.getMessage(),
                                    "field", refused instanceof InvalidFormInputException invalid
                                            ? invalid.field() : String.valueOf((Object) refused.getDetail())))
                            .build();
                }
            }
            return ExceptionHandlerHelper.getInstance().getResponse(exception);
        }
    }
}
