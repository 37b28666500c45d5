package io.customercodes.approval;

import static io.customercodes.system.FormValues.choice;
import static io.customercodes.system.FormValues.text;

import io.customercodes.audit.DecisionKind;
import io.customercodes.audit.DecisionLog;
import io.customercodes.consultation.ConsultationRecord;
import io.customercodes.system.Actors;
import io.customercodes.system.FormTaskListener;
import io.customercodes.system.InvalidFormInputException;
import io.customercodes.system.Subjects;
import io.customercodes.version.CodeVersion;
import io.customercodes.version.CodeVersionRepository;
import io.customercodes.version.ModelDeviations;
import io.customercodes.version.VersionChanges;
import io.customercodes.version.VersionState;
import io.customercodes.version.VersionSummary;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** "Approve code": top management establishes the code (ISO 10001 clause 5). */
@Component("approvalTaskListener")
class ApprovalTaskListener extends FormTaskListener {

    static final String DECISION = "approvalDecision";

    enum ApprovalDecision { APPROVED, CHANGES_REQUESTED, REJECTED }

    private final CodeVersionRepository versions;
    private final DecisionLog decisions;
    private final Actors actors;
    private final AccuracyRecord accuracy;
    private final ConsultationRecord consultation;

    ApprovalTaskListener(Subjects subjects, CodeVersionRepository versions, DecisionLog decisions, Actors actors,
            AccuracyRecord accuracy, ConsultationRecord consultation) {
        super(subjects);
        this.versions = versions;
        this.decisions = decisions;
        this.actors = actors;
        this.accuracy = accuracy;
        this.consultation = consultation;
    }

    @Override
    protected void prepare(DelegateTask task) {
        clearDecision(task, DECISION);
        CodeVersion version = versions.getVersion(versionId(task));
        task.setVariableLocal("draftSummary", VersionSummary.markdown(version));
        task.setVariableLocal("versionChanges", versions.findByCodeAndState(version.getCode(), VersionState.PUBLISHED)
                .filter(inForce -> !inForce.getId().equals(version.getId()))
                .map(inForce -> VersionChanges.markdown(inForce, version))
                .orElse("#### What changes\n\n_A first version: no version of this code is in force._\n"));
        task.setVariableLocal("modelDeviations", ModelDeviations.markdown(version));
        task.setVariableLocal("consultationRecord", consultation.markdown(version.getId()));
        task.setVariableLocal("accuracyVerdict", accuracy.verdict(version));
        task.setVariableLocal("approvalComment", null);
    }

    @Override
    protected void submit(DelegateTask task) {
        ApprovalDecision decision = choice(task.getVariable(DECISION), ApprovalDecision.class, DECISION);
        String comment = text(submitted(task, "approvalComment"));
        if (decision != ApprovalDecision.APPROVED && comment == null) {
            throw new InvalidFormInputException("approvalComment",
                    "say why, so the code manager knows what to change");
        }
        CodeVersion version = versions.getVersion(versionId(task));
        decisions.record(version.getCode().getId(), version.getId(), DecisionKind.APPROVAL, decision.name(), comment,
                actors.completing(task));
    }
}
