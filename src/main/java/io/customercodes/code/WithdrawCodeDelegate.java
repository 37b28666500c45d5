package io.customercodes.code;

import io.customercodes.audit.DecisionKind;
import io.customercodes.audit.DecisionLog;
import io.customercodes.system.Actors;
import io.customercodes.system.EngineClock;
import io.customercodes.system.Subjects;
import io.customercodes.version.VersionLifecycle;
import io.customercodes.version.VersionState;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("withdrawCode")
class WithdrawCodeDelegate implements JavaDelegate {

    private final CodeRepository codes;
    private final VersionLifecycle lifecycle;
    private final DecisionLog decisions;
    private final Actors actors;

    private final Subjects subjects;

    WithdrawCodeDelegate(CodeRepository codes, VersionLifecycle lifecycle, DecisionLog decisions, Actors actors,
            Subjects subjects) {
        this.subjects = subjects;
        this.codes = codes;
        this.lifecycle = lifecycle;
        this.decisions = decisions;
        this.actors = actors;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Code code = codes.getCode(subjects.of(execution).getCodeId());
        lifecycle.published(code).ifPresent(v -> lifecycle.moveTo(v.getId(), VersionState.WITHDRAWN));
        code.withdraw(EngineClock.now());
        codes.save(code);
        decisions.record(code.getId(), null, DecisionKind.WITHDRAWAL, "WITHDRAWN", null, actors.current());
    }
}
