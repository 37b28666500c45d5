package io.customercodes.version;

import io.customercodes.audit.DecisionKind;
import io.customercodes.audit.DecisionLog;
import io.customercodes.system.Subjects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("publishVersion")
class PublishVersionDelegate implements JavaDelegate {

    static final String OUTCOME = "developmentOutcome";

    private final VersionLifecycle lifecycle;
    private final DecisionLog decisions;

    private final Subjects subjects;

    PublishVersionDelegate(VersionLifecycle lifecycle, DecisionLog decisions, Subjects subjects) {
        this.subjects = subjects;
        this.lifecycle = lifecycle;
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long versionId = subjects.of(execution).getVersionId();
        // Runs asynchronously after approval: the approver is the one who published it.
        String approver = decisions.forVersion(versionId).stream()
                .filter(d -> d.getKind() == DecisionKind.APPROVAL)
                .reduce((first, second) -> second)
                .map(d -> d.getActor())
                .orElse("system");
        lifecycle.publish(versionId, approver);
        execution.setVariable(OUTCOME, VersionState.PUBLISHED.name());
    }
}
