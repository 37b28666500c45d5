package io.customercodes.consultation;

import static io.customercodes.system.FormValues.choice;
import static io.customercodes.system.FormValues.text;

import io.customercodes.audit.DecisionKind;
import io.customercodes.audit.DecisionLog;
import io.customercodes.system.Actors;
import io.customercodes.system.FormTaskListener;
import io.customercodes.system.Subjects;
import io.customercodes.version.CodeVersion;
import io.customercodes.version.CodeVersionRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** "Consolidate feedback": the code manager revises the draft or proceeds to the accuracy check. */
@Component("consolidationTaskListener")
class ConsolidationTaskListener extends FormTaskListener {

    static final String DECISION = "consultationOutcome";

    enum Outcome { REVISE, PROCEED }

    private final CodeVersionRepository versions;
    private final Consultation consultation;
    private final DecisionLog decisions;
    private final Actors actors;

    ConsolidationTaskListener(Subjects subjects, CodeVersionRepository versions, Consultation consultation,
            DecisionLog decisions, Actors actors) {
        super(subjects);
        this.versions = versions;
        this.consultation = consultation;
        this.decisions = decisions;
        this.actors = actors;
    }

    @Override
    protected void prepare(DelegateTask task) {
        clearDecision(task, DECISION);
        task.setVariableLocal("feedbackSummary", consultation.summary(versionId(task)));
        task.setVariableLocal("consolidationNotes", null);
    }

    @Override
    protected void submit(DelegateTask task) {
        Outcome outcome = choice(task.getVariable(DECISION), Outcome.class, DECISION);
        String notes = text(submitted(task, "consolidationNotes"));
        CodeVersion version = versions.getVersion(versionId(task));
        String digest = consultation.summary(version.getId());
        decisions.record(version.getCodeId(), version.getId(), DecisionKind.CONSULTATION_OUTCOME,
                outcome.name(), notes == null ? digest : notes + "\n\n" + digest, actors.completing(task));
    }
}
