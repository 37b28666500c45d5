package io.customercodes.system.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Every submission to a task or start event that has a Camunda Form is held against that form before the
 * engine writes a single variable: only the form's own fields, each within the limits the form declares.
 * Tasklist, the engine's REST API and our own Java code all pass through here, so the limits have one source
 * (the form) and no caller can set a variable the form does not offer, such as the id of the entity a task
 * listener works on.
 */
@Component
class FormSubmissionGuard extends AbstractProcessEnginePlugin {

    private final DeployedForms forms = new DeployedForms();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        interceptors.add(new CheckSubmission());
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }

    class CheckSubmission extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            FormSubmission.of(command).ifPresent(this::check);
            return next.execute(command);
        }

        private void check(FormSubmission submission) {
            CommandContext context = Context.getCommandContext();
            Optional<FormSchema> schema = submission.isTask()
                    ? forms.ofTask(context, submission.taskId())
                    : forms.ofStart(context, submission.processDefinitionId(), submission.processDefinitionKey());
            schema.ifPresent(form -> form.check(SubmittedValues.of(submission.variables())));
        }
    }
}
