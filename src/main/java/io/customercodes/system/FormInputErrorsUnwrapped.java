package io.customercodes.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Refused form input is the user's mistake, not the application's failure.
 *
 * <p>The engine wraps whatever a task listener throws in a generic ProcessEngineException ("ENGINE-03051
 * ... invoking the TaskListener"), which the REST API answers with 500. Our listeners and the form guard
 * refuse bad input with {@link InvalidFormInputException}; an interceptor outside the transaction hands that
 * exception back unwrapped, so Tasklist and the REST API answer 400 with our message.
 *
 * <p>The engine also logs every exception that ends a command as an ERROR with its whole stack trace; a refusal
 * is logged here as one INFO line with its reason instead, while real failures keep their ERROR.
 */
@Component
public class FormInputErrorsUnwrapped extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(FormInputErrorsUnwrapped.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new Unwrap());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
        CommandContextFactory contexts = new RefusalsNotErrors();
        contexts.setProcessEngineConfiguration(configuration);
        configuration.setCommandContextFactory(contexts);
    }

    /** The refusal of form input somewhere in the causes of an exception, or null. */
    public static InvalidFormInputException refusal(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidFormInputException invalid) {
                return invalid;
            }
        }
        return null;
    }

    static class Unwrap extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (RuntimeException e) {
                InvalidFormInputException invalid = refusal(e);
                if (invalid != null) {
                    LOG.info("Refused form input ({}): {}: {}", command.getClass().getSimpleName(), invalid.field(),
                            invalid.reason());
                    throw invalid;
                }
                throw e;
            }
        }
    }

    /** Command contexts that log a refusal of form input at debug level, as the engine does a bad request. */
    static class RefusalsNotErrors extends CommandContextFactory {

        @Override
        public CommandContext createCommandContext() {
            return new CommandContext(processEngineConfiguration) {
                @Override
                protected boolean shouldLogFine(Throwable exception) {
                    return super.shouldLogFine(exception) || refusal(exception) != null
                            || exception instanceof FormFieldValidationException;
                }
            };
        }
    }
}
