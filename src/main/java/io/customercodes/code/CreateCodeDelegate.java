package io.customercodes.code;

import io.customercodes.system.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Runs in the transaction that starts the lifecycle, so a refused start form leaves neither a code
 * nor a process instance behind.
 */
@Component("createCode")
class CreateCodeDelegate implements JavaDelegate {

    private final CodeRegistration registration;
    private final Actors actors;

    CreateCodeDelegate(CodeRegistration registration, Actors actors) {
        this.registration = registration;
        this.actors = actors;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CodeProposal proposal = CodeProposal.fromForm(execution.getVariables());
        Code code = registration.register(proposal, actors.current());
        execution.setVariable("codeKey", code.getKey());
        // DESIGN.md: the lifecycle's business key is the code key, whatever Tasklist's start dialog said.
        execution.setProcessBusinessKey(code.getKey());
    }
}
