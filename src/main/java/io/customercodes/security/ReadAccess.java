package io.customercodes.security;

import static io.customercodes.identity.Role.CODE_MANAGERS;
import static io.customercodes.identity.Role.CODE_SPONSORS;
import static io.customercodes.identity.Role.COMPLIANCE;
import static io.customercodes.identity.Role.TOP_MANAGEMENT;

import io.customercodes.code.Code;
import org.springframework.stereotype.Component;

/**
 * What /api lets each group read, following the roles of DESIGN.md (README, "Who may see and do what").
 * Everyone signed in reads the codes customers have seen and their published versions. Drafts, rejected
 * versions and codes never published are for those who write, check and approve them; the audit trail,
 * with its findings and decision comments, too. Reviews and indicator readings are for those who evaluate
 * and decide. Administrators read everything.
 *
 * <p>An endpoint a role may never use answers 403 before any code is looked up, so it says the same for
 * every code key and reveals only this rule. A code or version that exists but is hidden from the caller
 * answers 404, exactly like one that does not exist.
 */
@Component
public class ReadAccess {

    private final CurrentUser user;

    ReadAccess(CurrentUser user) {
        this.user = user;
    }

    /** Drafts, versions in consultation, verification or approval, rejected ones and codes never published. */
    public boolean seesUnpublished() {
        return user.isOneOf(CODE_MANAGERS, COMPLIANCE, TOP_MANAGEMENT);
    }

    /** Every decision on a code with its comment: consultation outcomes, accuracy findings, approvals, reviews. */
    public void requireAuditTrail() {
        user.requireOneOf(CODE_MANAGERS, COMPLIANCE, TOP_MANAGEMENT);
    }

    /** Reviews with their evaluation, recommendation and rationale. */
    public void requireReviews() {
        user.requireOneOf(CODE_MANAGERS, TOP_MANAGEMENT);
    }

    /** A model code's adopters, the model version each runs and complaint counts per model promise. */
    public void requireModelAdopters() {
        user.requireOneOf(CODE_SPONSORS);
    }

    /**
     * The charts of a code's page and review forms: code managers and top management for every code, code sponsors
     * for the model codes whose manager tasks they work (to them, any other code is as unknown as a missing one).
     */
    public boolean mayReadChartsOf(Code code) {
        return user.isOneOf(CODE_MANAGERS, TOP_MANAGEMENT) || code.isModel() && user.isOneOf(CODE_SPONSORS);
    }

    public void requireCharts() {
        user.requireOneOf(CODE_MANAGERS, TOP_MANAGEMENT, CODE_SPONSORS);
    }

    /** Indicator statuses and readings, with the notes of whoever recorded them. */
    public void requireMeasurements() {
        user.requireOneOf(CODE_MANAGERS, TOP_MANAGEMENT);
    }
}
