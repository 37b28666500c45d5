package io.customercodes.system.forms;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * The values a user hands to a task or to a new process instance, taken from the engine command that
 * carries them: submitting a task or start form, completing or resolving a task with variables, starting an
 * instance with variables. The engine offers no hook that sees these values before it writes them as
 * variables, so they are read from the commands' fields (checked once, when this class loads: Camunda 7.24
 * is the last release of these classes).
 */
record FormSubmission(String taskId, String processDefinitionId, String processDefinitionKey,
        Map<String, ?> variables) {

    private static final Field SUBMIT_TASK_ID = field(SubmitTaskFormCmd.class, "taskId");
    private static final Field SUBMIT_TASK_VARIABLES = field(SubmitTaskFormCmd.class, "properties");
    private static final Field COMPLETE_TASK_ID = field(CompleteTaskCmd.class, "taskId");
    private static final Field COMPLETE_TASK_VARIABLES = field(CompleteTaskCmd.class, "variables");
    private static final Field SUBMIT_START_DEFINITION = field(SubmitStartFormCmd.class, "processDefinitionId");
    private static final Field SUBMIT_START_VARIABLES = field(SubmitStartFormCmd.class, "variables");
    private static final Field START_BUILDER = field(StartProcessInstanceCmd.class, "instantiationBuilder");
    private static final Field START_AT_BUILDER = field(StartProcessInstanceAtActivitiesCmd.class,
            "instantiationBuilder");

    boolean isTask() {
        return taskId != null;
    }

    static Optional<FormSubmission> of(Command<?> command) {
        FormSubmission submission = null;
        if (command instanceof SubmitTaskFormCmd) {
            submission = task(read(SUBMIT_TASK_ID, command), read(SUBMIT_TASK_VARIABLES, command));
        } else if (command instanceof CompleteTaskCmd) {
            submission = task(read(COMPLETE_TASK_ID, command), read(COMPLETE_TASK_VARIABLES, command));
        } else if (command instanceof SubmitStartFormCmd) {
            submission = new FormSubmission(null, read(SUBMIT_START_DEFINITION, command), null,
                    read(SUBMIT_START_VARIABLES, command));
        } else if (command instanceof StartProcessInstanceCmd) {
            submission = start(read(START_BUILDER, command));
        } else if (command instanceof StartProcessInstanceAtActivitiesCmd) {
            submission = start(read(START_AT_BUILDER, command));
        }
        return Optional.ofNullable(submission).filter(s -> s.variables() != null && !s.variables().isEmpty());
    }

    private static FormSubmission task(String taskId, Map<String, ?> variables) {
        return new FormSubmission(taskId, null, null, variables);
    }

    private static FormSubmission start(ProcessInstantiationBuilderImpl builder) {
        return new FormSubmission(null, builder.getProcessDefinitionId(), builder.getProcessDefinitionKey(),
                builder.getVariables());
    }

    @SuppressWarnings("unchecked")
    private static <T> T read(Field field, Object command) {
        try {
            return (T) field.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new ExceptionInInitializerError("Camunda's " + type.getSimpleName() + " has no field " + name);
        }
    }
}
