package io.customercodes.version;

import io.customercodes.code.CodeRepository;
import io.customercodes.system.Actors;
import io.customercodes.system.Subjects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("openDraftVersion")
class OpenDraftVersionDelegate implements JavaDelegate {

    private final CodeRepository codes;
    private final VersionLifecycle lifecycle;
    private final Actors actors;

    private final Subjects subjects;

    OpenDraftVersionDelegate(CodeRepository codes, VersionLifecycle lifecycle, Actors actors, Subjects subjects) {
        this.subjects = subjects;
        this.codes = codes;
        this.lifecycle = lifecycle;
        this.actors = actors;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CodeVersion draft = lifecycle.openDraft(codes.getCode(subjects.of(execution).getCodeId()),
                actors.current());
        subjects.nowOnVersion(execution, draft.getId());
        execution.setVariable("versionId", draft.getId());
        execution.setVariable("versionNumber", draft.getNumber());
    }
}
