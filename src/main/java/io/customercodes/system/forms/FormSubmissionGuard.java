package io.customercodes.system.forms;

import io.customercodes.system.FormInputErrorsUnwrapped;
import io.customercodes.system.InvalidFormInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
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
            Optional<FormSchema> schema = FormSubmission.of(command).flatMap(this::check);
            try {
                return next.execute(command);
            } catch (RuntimeException e) {
                InvalidFormInputException refused = FormInputErrorsUnwrapped.refusal(e);
                if (refused == null || refused.isLabelled() || schema.isEmpty()) {
                    throw e;
                }
                // a task listener refused a value it only knows by its variable name
                throw schema.get().label(refused.field()).map(refused::labelled).orElse(refused);
            }
        }

        /**
         * As the command itself would, first makes sure the caller may work the task or start the process
         * (so a stranger learns nothing about the form), then holds the values against the form.
         */
        private Optional<FormSchema> check(FormSubmission submission) {
            CommandContext context = Context.getCommandContext();
            List<CommandChecker> checkers = context.getProcessEngineConfiguration().getCommandCheckers();
            Optional<FormSchema> schema;
            if (submission.isTask()) {
                TaskEntity task = context.getTaskManager().findTaskById(submission.taskId());
                if (task == null) {
                    return Optional.empty(); // the command reports the unknown task
                }
                checkers.forEach(checker -> checker.checkTaskWork(task));
                schema = forms.ofTask(context, task);
            } else {
                ProcessDefinitionEntity definition = definition(context, submission);
                if (definition == null) {
                    return Optional.empty(); // the command reports the unknown definition
                }
                checkers.forEach(checker -> checker.checkCreateProcessInstance(definition));
                schema = forms.ofStart(context, definition);
            }
            schema.ifPresent(form -> form.check(SubmittedValues.of(submission.variables())));
            return schema;
        }

        private static ProcessDefinitionEntity definition(CommandContext context, FormSubmission submission) {
            DeploymentCache deployed = context.getProcessEngineConfiguration().getDeploymentCache();
            try {
                return submission.processDefinitionId() != null
                        ? deployed.findDeployedProcessDefinitionById(submission.processDefinitionId())
                        : deployed.findDeployedLatestProcessDefinitionByKey(submission.processDefinitionKey());
            } catch (ProcessEngineException unknown) {
                return null;
            }
        }
    }
}
