package io.customercodes.code;

import io.customercodes.system.Actors;
import io.customercodes.system.InvalidFormInputException;
import io.customercodes.system.Subjects;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Runs in the transaction that starts the lifecycle, so a refused start form leaves neither a code
 * nor a process instance behind.
 */
@Component("createCode")
class CreateCodeDelegate implements JavaDelegate {

    static final String DECISION = "developmentPathDecision";

    private final CodeRegistration registration;
    private final Actors actors;

    private final Subjects subjects;
    private final CodeRoles codeRoles;

    CreateCodeDelegate(CodeRegistration registration, Actors actors, Subjects subjects, CodeRoles codeRoles) {
        this.codeRoles = codeRoles;
        this.subjects = subjects;
        this.registration = registration;
        this.actors = actors;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CodeProposal proposal = CodeProposal.fromForm(execution.getVariables());
        if (proposal.kind() == CodeKind.MODEL && !codeRoles.actorIsSponsor()) {
            throw new InvalidFormInputException("codeKind", "only members of the group "
                    + CodeRoles.SPONSORS + " may propose a model code; propose your organization's own code");
        }
        Code code = registration.register(proposal, developmentPath(execution), actors.current());
        subjects.startedFor(execution, code.getId());
        execution.setVariable("codeKey", code.getKey());
        // DESIGN.md: the lifecycle's business key is the code key, whatever Tasklist's start dialog said.
        execution.setProcessBusinessKey(code.getKey());
    }

    /**
     * What BusinessRuleTask_DecideDevelopmentPath decided; the code keeps it, so the variable goes. An instance
     * that reached this task without the decision (none should) takes the standard path.
     */
    private static DevelopmentPath developmentPath(DelegateExecution execution) {
        Object decision = execution.getVariable(DECISION);
        execution.removeVariable(DECISION);
        return decision instanceof Map<?, ?> outputs ? DevelopmentPath.of(outputs) : DevelopmentPath.STANDARD;
    }
}
