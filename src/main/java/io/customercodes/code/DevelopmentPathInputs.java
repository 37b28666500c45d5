package io.customercodes.code;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The inputs of the development-path decision, read from the start form as the code will be registered:
 * {@code ${developmentPathInputs.smallBusiness(execution)}}. A malformed start form is refused here, naming
 * the field, before the decision runs.
 */
@Component("developmentPathInputs")
public class DevelopmentPathInputs {

    public boolean smallBusiness(DelegateExecution execution) {
        return CodeProposal.fromForm(execution.getVariables()).smallBusiness();
    }

    public boolean customersOnlyConsultation(DelegateExecution execution) {
        return CodeProposal.fromForm(execution.getVariables()).consultsCustomersOnly();
    }
}
