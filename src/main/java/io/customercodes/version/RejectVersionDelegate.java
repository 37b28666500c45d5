package io.customercodes.version;

import io.customercodes.system.Subjects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("rejectVersion")
class RejectVersionDelegate implements JavaDelegate {

    private final VersionLifecycle lifecycle;

    private final Subjects subjects;

    RejectVersionDelegate(VersionLifecycle lifecycle, Subjects subjects) {
        this.subjects = subjects;
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.reject(subjects.of(execution).getVersionId());
        execution.setVariable(PublishVersionDelegate.OUTCOME, VersionState.REJECTED.name());
    }
}
