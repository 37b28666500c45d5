package io.customercodes.system.forms;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Starting an instance at chosen activities (REST {@code startInstructions}) skips the start event, its form and
 * whatever comes before the chosen activity: a code manager could start a lifecycle at "Publish version". The
 * engine asks only for the permission to start, so signed-in users other than administrators are refused here;
 * the engine's own callers (migration, tests, tools without an authenticated user) are not affected.
 */
@Component
class StartAtActivitiesForAdministrators extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        interceptors.add(new RefuseStartAtActivities());
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }

    static class RefuseStartAtActivities extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            if (command instanceof StartProcessInstanceAtActivitiesCmd) {
                CommandContext context = Context.getCommandContext();
                Authentication user = context.getAuthentication();
                if (context.isAuthorizationCheckEnabled() && user != null
                        && !context.getAuthorizationManager().isCamundaAdmin(user)) {
                    throw new AuthorizationException("Starting a process at chosen activities is for "
                            + "administrators: start it through its start form");
                }
            }
            return next.execute(command);
        }
    }
}
