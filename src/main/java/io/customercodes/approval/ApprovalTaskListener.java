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
    static final String DECLARATION = "selfApprovalDeclaration";

    enum ApprovalDecision { APPROVED, CHANGES_REQUESTED, REJECTED }

    private final CodeVersionRepository versions;
    private final DecisionLog decisions;
    private final Actors actors;
    private final AccuracyRecord accuracy;
    private final ConsultationRecord consultation;
    private final VersionAuthors authors;

    ApprovalTaskListener(Subjects subjects, CodeVersionRepository versions, DecisionLog decisions, Actors actors,
            AccuracyRecord accuracy, ConsultationRecord consultation, VersionAuthors authors) {
        super(subjects);
        this.authors = authors;
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
        task.setVariableLocal("approvalDeclarationRequired", version.getCode().isApprovalDeclarationRequired());
        task.setVariableLocal(DECLARATION, false);
    }

    @Override
    protected void submit(DelegateTask task) {
        ApprovalDecision decision = choice(task.getVariable(DECISION), ApprovalDecision.class, DECISION);
        String comment = text(submitted(task, "approvalComment"));
        boolean declared = Boolean.TRUE.equals(submitted(task, DECLARATION));
        if (decision != ApprovalDecision.APPROVED && comment == null) {
            throw new InvalidFormInputException("approvalComment",
                    "say why, so the code manager knows what to change");
        }
        CodeVersion version = versions.getVersion(versionId(task));
        String approver = actors.completing(task);
        if (decision == ApprovalDecision.APPROVED && version.getCode().isApprovalDeclarationRequired()
                && authors.of(task.getProcessInstanceId()).contains(approver)) {
            declareSelfApproval(declared, version, approver);
        }
        decisions.record(version.getCodeId(), version.getId(), DecisionKind.APPROVAL, decision.name(), comment,
                approver);
    }

    /**
     * The development path lets one person of a small business draft and approve; approving one's own version
     * then takes an explicit declaration, recorded before the approval itself.
     */
    private void declareSelfApproval(boolean declared, CodeVersion version, String approver) {
        if (!declared) {
            throw new InvalidFormInputException(DECLARATION, "you drafted or consolidated this version yourself: "
                    + "tick the declaration to approve it as top management");
        }
        decisions.record(version.getCodeId(), version.getId(), DecisionKind.SELF_APPROVAL_DECLARATION,
                "DECLARED", approver + " drafted or consolidated version " + version.getNumber()
                        + " and approves it as top management (small-business path)", approver);
    }
}
