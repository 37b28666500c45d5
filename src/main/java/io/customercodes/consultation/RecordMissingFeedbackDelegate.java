package io.customercodes.consultation;

import io.customercodes.system.Subjects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("recordMissingFeedback")
class RecordMissingFeedbackDelegate implements JavaDelegate {

    private final Consultation consultation;

    private final Subjects subjects;

    RecordMissingFeedbackDelegate(Consultation consultation, Subjects subjects) {
        this.subjects = subjects;
        this.consultation = consultation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        consultation.recordMissing(subjects.of(execution).getVersionId());
    }
}
