package io.customercodes.complaint;

import io.customercodes.audit.DecisionKind;
import io.customercodes.audit.DecisionLog;
import io.customercodes.code.Code;
import io.customercodes.system.Actors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Asks the code's lifecycle for an ad-hoc review. Only a lifecycle waiting for its next review takes the
 * message: one already in a review (or in development, or withdrawn) does not, so complaints that keep
 * coming while a review is pending raise no second one.
 */
@Component("requestAdHocReview")
class RequestAdHocReviewDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(RequestAdHocReviewDelegate.class);

    private final ComplaintCases cases;
    private final RuntimeService runtime;
    private final DecisionLog decisions;

    RequestAdHocReviewDelegate(ComplaintCases cases, RuntimeService runtime, DecisionLog decisions) {
        this.cases = cases;
        this.runtime = runtime;
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaint complaint = cases.byReference(execution.getProcessBusinessKey());
        Code code = cases.code(complaint);
        boolean started = !runtime.createMessageCorrelation("AdHocReviewRequested")
                .processInstanceBusinessKey(code.getKey())
                .setVariable("reviewRequestedBy", complaint.getReference())
                .correlateAllWithResult().isEmpty();
        if (started) {
            decisions.record(code.getId(), complaint.getVersionId(), DecisionKind.AD_HOC_REVIEW_REQUESTED,
                    "REQUESTED", "Complaint " + complaint.getReference() + ": " + reason(execution), Actors.SYSTEM);
        } else {
            log.info("Complaint {} calls for a review of {}, which is not waiting for one", complaint.getReference(),
                    code.getKey());
        }
    }

    private static String reason(DelegateExecution execution) {
        Number safety = (Number) execution.getVariable(ComplaintVariables.RECENT_SAFETY_COMPLAINTS);
        Number recent = (Number) execution.getVariable(ComplaintVariables.RECENT_COMPLAINTS);
        return safety != null && safety.intValue() > 0 ? "a safety issue was reported"
                : recent + " complaints within " + ComplaintStatistics.RECENT_DAYS + " days";
    }
}
