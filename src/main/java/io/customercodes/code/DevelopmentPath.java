package io.customercodes.code;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The outputs of processes/developmentPath.dmn for one code: who may approve its versions, whether approving a
 * version one drafted needs a declaration, how long consultation lasts, and the review interval to use when the
 * start form leaves it empty.
 */
public record DevelopmentPath(String approverGroups, boolean approvalDeclarationRequired,
        String consultationDeadline, int defaultReviewIntervalMonths) {

    /** The path every code followed before the decision existed, and the one codes of earlier releases keep. */
    public static final DevelopmentPath STANDARD = new DevelopmentPath("top-management", false, "P21D", 12);

    public DevelopmentPath {
        if (approverGroups == null || approverGroups.isBlank()) {
            throw new IllegalArgumentException("A development path needs at least one approver group");
        }
        try {
            Duration.parse(consultationDeadline);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("Consultation deadline is not an ISO-8601 duration: "
                    + consultationDeadline, e);
        }
        if (defaultReviewIntervalMonths < 1 || defaultReviewIntervalMonths > CodeProposal.MAX_REVIEW_INTERVAL_MONTHS) {
            throw new IllegalArgumentException("Default review interval out of range: " + defaultReviewIntervalMonths);
        }
    }

    /** The single result of the decision, as the business rule task maps it (output name to value). */
    public static DevelopmentPath of(Map<?, ?> decision) {
        return new DevelopmentPath((String) decision.get("approverGroups"),
                Boolean.TRUE.equals(decision.get("approvalDeclarationRequired")),
                (String) decision.get("consultationDeadline"),
                ((Number) decision.get("defaultReviewIntervalMonths")).intValue());
    }
}
