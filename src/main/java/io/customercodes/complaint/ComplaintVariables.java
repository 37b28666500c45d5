package io.customercodes.complaint;

/**
 * The variables of complaintHandling: dates its timers and due dates read, and decisions its gateways read.
 * The complaint itself is found by the business key (its reference), never through a variable.
 */
final class ComplaintVariables {

    static final String ASSESSMENT_DUE = "assessmentDue";
    static final String INVESTIGATION_DUE = "investigationDue";
    static final String RESPONSE_DUE = "responseDue";
    static final String RESPONSE_REMINDER_AT = "responseReminderAt";
    static final String ANSWER_DUE = "answerDue";
    static final String IN_SCOPE = "inScope";
    static final String FAST_TRACK = "fastTrack";
    static final String RECENT_COMPLAINTS = "recentComplaints";
    static final String RECENT_SAFETY_COMPLAINTS = "recentSafetyComplaints";
    static final String AD_HOC_REVIEW_NEEDED = "adHocReviewNeeded";
    static final String COMPLAINANT_ACCEPTS = "complainantAccepts";
    static final String COMPLAINANT_REACHED = "complainantReached";

    static final String ANSWER_MESSAGE = "ComplainantAnswered";

    private ComplaintVariables() {
    }
}
