package io.customercodes.consultation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("recordMissingFeedback")
class RecordMissingFeedbackDelegate implements JavaDelegate {

    private final Consultation consultation;

    RecordMissingFeedbackDelegate(Consultation consultation) {
        this.consultation = consultation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        consultation.recordMissing((Long) execution.getVariable("versionId"));
    }
}
