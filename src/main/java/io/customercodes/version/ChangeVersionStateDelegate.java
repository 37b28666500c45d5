package io.customercodes.version;

import io.customercodes.system.Subjects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Moves the version to the state named by the service task's input parameter {@code targetState}. */
@Component("changeVersionState")
class ChangeVersionStateDelegate implements JavaDelegate {

    private final VersionLifecycle lifecycle;

    private final Subjects subjects;

    ChangeVersionStateDelegate(VersionLifecycle lifecycle, Subjects subjects) {
        this.subjects = subjects;
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        VersionState target = VersionState.valueOf((String) execution.getVariableLocal("targetState"));
        lifecycle.moveTo(subjects.of(execution).getVersionId(), target);
    }
}
