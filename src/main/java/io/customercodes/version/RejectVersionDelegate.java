package io.customercodes.version;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("rejectVersion")
class RejectVersionDelegate implements JavaDelegate {

    private final VersionLifecycle lifecycle;

    RejectVersionDelegate(VersionLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.reject((Long) execution.getVariable("versionId"));
        execution.setVariable(PublishVersionDelegate.OUTCOME, VersionState.REJECTED.name());
    }
}
