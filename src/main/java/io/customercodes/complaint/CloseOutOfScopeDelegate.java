package io.customercodes.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the complainant why the complaint is outside the code; the assessment has already closed it. */
@Component("closeOutOfScopeComplaint")
class CloseOutOfScopeDelegate implements JavaDelegate {

    private final ComplaintCases cases;
    private final ComplainantMail mail;

    CloseOutOfScopeDelegate(ComplaintCases cases, ComplainantMail mail) {
        this.cases = cases;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mail.outOfScope(cases.byReference(execution.getProcessBusinessKey()));
    }
}
