package io.customercodes.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** The engine's REST API at /engine-rest, with our answers to form input it refuses and to unknown tasks. */
@Component
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(FormInputRefusedAsBadRequest.class);
        register(UnknownTaskInNullValue.class);
        register(UnknownTaskInNullPointer.class);
    }

    /**
     * Refused input is answered with its message alone, for the person at the form: the engine's "Cannot
     * submit task form {task id}:" or "Cannot instantiate process definition {id}:" prefix means nothing to
     * them. Submitting a form already answers refused input with 400, but starting an instance with variables
     * ({@code POST /process-definition/.../start}) wraps every engine exception in a 500. Refused input is the
     * caller's mistake wherever it comes in. Any other failure of a call on a task that is not there is a 404
     * ({@link UnknownTask}).
     */
    @Priority(Priorities.USER - 100) // before the engine's own mapper of RestException
    static class FormInputRefusedAsBadRequest implements ExceptionMapper<RestException> {

        @Context
        UriInfo uri;

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
            return UnknownTask.answer(uri).orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(exception));
        }
    }

    /**
     * The engine answers a task id that names no task with 500 on most of /task/{id}/...: claim, complete,
     * submit-form, variables, rendered-form (a NullValueException, sometimes wrapped), deployed-form even with a
     * NullPointerException's message. Where a call on a task fails and no task of that id is there for the caller,
     * the answer is 404, as GET /task/{id} answers.
     */
    static final class UnknownTask {

        /** /task/{id}/..., not the task collection's own resources. */
        private static final Pattern TASK_PATH =
                Pattern.compile("^/?task/(?!(?:count|create|report)(?:/|$))([^/]+)(/.*)?$");

        private UnknownTask() {
        }

        static Optional<Response> answer(UriInfo uri) {
            Matcher task = uri == null ? null : TASK_PATH.matcher(uri.getPath());
            if (task == null || !task.matches()) {
                return Optional.empty();
            }
            String id = task.group(1);
            if (EngineUtil.lookupProcessEngine(null).getTaskService().createTaskQuery().taskId(id).count() > 0) {
                return Optional.empty();
            }
            return Optional.of(Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("type", "InvalidRequestException", "message", "No matching task with id " + id))
                    .build());
        }
    }

    /** The engine's answer to an exception, unless it came from a call on a task that is not there. */
    abstract static class UnknownTaskAsNotFound<E extends Throwable> implements ExceptionMapper<E> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(E exception) {
            return UnknownTask.answer(uri).orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(exception));
        }
    }

    @Priority(Priorities.USER - 100)
    static class UnknownTaskInNullValue extends UnknownTaskAsNotFound<NullValueException> {
    }

    @Priority(Priorities.USER - 100)
    static class UnknownTaskInNullPointer extends UnknownTaskAsNotFound<NullPointerException> {
    }
}
