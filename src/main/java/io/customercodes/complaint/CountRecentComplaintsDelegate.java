package io.customercodes.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The inputs of the decision complaintReviewTrigger: recent complaints against the code, and safety ones. */
@Component("countRecentComplaints")
class CountRecentComplaintsDelegate implements JavaDelegate {

    private final ComplaintCases cases;
    private final ComplaintStatistics statistics;

    CountRecentComplaintsDelegate(ComplaintCases cases, ComplaintStatistics statistics) {
        this.cases = cases;
        this.statistics = statistics;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaint complaint = cases.byReference(execution.getProcessBusinessKey());
        ComplaintStatistics.Recent recent = statistics.recent(cases.code(complaint));
        execution.setVariable(ComplaintVariables.RECENT_COMPLAINTS, recent.complaints());
        execution.setVariable(ComplaintVariables.RECENT_SAFETY_COMPLAINTS, recent.safetyComplaints());
    }
}
