package io.customercodes.adoption;

import io.customercodes.audit.DecisionKind;
import io.customercodes.audit.DecisionLog;
import io.customercodes.code.Code;
import io.customercodes.code.CodeRepository;
import io.customercodes.system.Actors;
import io.customercodes.version.CodeVersion;
import io.customercodes.version.CodeVersionRepository;
import io.customercodes.version.VersionState;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Asks one adopter's lifecycle for an ad-hoc review after its model code published a new version; one job per
 * adopter, so a failure is an incident on that adopter's request and the model's publication stands. A lifecycle
 * not waiting for a review (the adopter is developing a version, or already in a review) does not take the
 * message: the update stays recorded and its next review, whenever it starts, shows the model's change.
 */
@Component("requestAdopterReview")
class RequestAdopterReviewDelegate implements JavaDelegate {

    static final String UPDATE = "modelUpdateId";

    private static final Logger log = LoggerFactory.getLogger(RequestAdopterReviewDelegate.class);

    private final ModelUpdateRepository updates;
    private final CodeRepository codes;
    private final CodeVersionRepository versions;
    private final RuntimeService runtime;
    private final DecisionLog decisions;

    RequestAdopterReviewDelegate(ModelUpdateRepository updates, CodeRepository codes, CodeVersionRepository versions,
            RuntimeService runtime, DecisionLog decisions) {
        this.updates = updates;
        this.codes = codes;
        this.versions = versions;
        this.runtime = runtime;
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ModelUpdate update = updates.getUpdate(((Number) execution.getVariable(UPDATE)).longValue());
        if (update.isReviewRequested() || update.getReviewId() != null) {
            return;
        }
        Code adopter = codes.getCode(update.getAdopterCodeId());
        CodeVersion to = versions.getVersion(update.getToVersionId());
        String requestedBy = "model " + to.getCode().getKey() + " version " + to.getNumber();
        boolean started = !runtime.createMessageCorrelation("AdHocReviewRequested")
                .processInstanceBusinessKey(adopter.getKey())
                .setVariable("reviewRequestedBy", requestedBy)
                .correlateAllWithResult().isEmpty();
        updates.reviewRequested(update);
        if (started) {
            Long inForce = versions.findByCodeAndState(adopter, VersionState.PUBLISHED).map(CodeVersion::getId)
                    .orElse(null);
            decisions.record(adopter.getId(), inForce, DecisionKind.AD_HOC_REVIEW_REQUESTED, "REQUESTED",
                    "Model code " + to.getCode().getKey() + " published version " + to.getNumber(), Actors.SYSTEM);
        } else {
            log.info("{} published, {} is not waiting for a review: its next review shows the change", requestedBy,
                    adopter.getKey());
        }
    }
}
