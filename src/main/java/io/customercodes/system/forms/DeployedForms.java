package io.customercodes.system.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

/**
 * The Camunda Form a task or a start event shows, read inside the engine's command. A deployed form never
 * changes, so each is parsed once per form definition.
 */
final class DeployedForms {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, FormSchema> byDefinitionId = new ConcurrentHashMap<>();

    Optional<FormSchema> ofTask(CommandContext context, TaskEntity task) {
        if (task.getTaskDefinition() == null) {
            return Optional.empty();
        }
        return schema(context, context.runWithoutAuthorization(new GetTaskFormCmd(task.getId())));
    }

    Optional<FormSchema> ofStart(CommandContext context, ProcessDefinitionEntity definition) {
        if (definition.getStartFormHandler() == null) {
            return Optional.empty();
        }
        return schema(context, context.runWithoutAuthorization(new GetStartFormCmd(definition.getId())));
    }

    private Optional<FormSchema> schema(CommandContext context, FormData formData) {
        CamundaFormRef ref = formData == null ? null : formData.getCamundaFormRef();
        if (ref == null || ref.getKey() == null) {
            return Optional.empty();
        }
        CamundaFormDefinition definition = context.runWithoutAuthorization(
                new GetCamundaFormDefinitionCmd(ref, formData.getDeploymentId()));
        if (definition == null) {
            return Optional.empty();
        }
        return Optional.of(byDefinitionId.computeIfAbsent(definition.getId(), id -> parse(context, definition)));
    }

    private static FormSchema parse(CommandContext context, CamundaFormDefinition definition) {
        try (InputStream json = context.runWithoutAuthorization(
                new GetDeploymentResourceCmd(definition.getDeploymentId(), definition.getResourceName()))) {
            return FormSchema.of(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read form " + definition.getResourceName(), e);
        }
    }
}
