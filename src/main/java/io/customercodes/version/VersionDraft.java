package io.customercodes.version;

import java.util.List;

/**
 * The drafted content of a version (ISO 10001 clauses 6.5 to 6.9), with the working days within which the
 * organization promises to respond to a complaint (ISO 10002).
 */
public record VersionDraft(List<PromiseDraft> promises, List<ProvisionDraft> provisions,
        List<IndicatorDraft> indicators, String procedures, String communicationPlan, String resources,
        List<String> teams, int responseDays) {

    /** ISO 10002 leaves the time to the organization; ten working days is a common promise. */
    public static final int DEFAULT_RESPONSE_DAYS = 10;
    public static final int MAX_RESPONSE_DAYS = 60;

    public VersionDraft(List<PromiseDraft> promises, List<ProvisionDraft> provisions, List<IndicatorDraft> indicators,
            String procedures, String communicationPlan, String resources, List<String> teams) {
        this(promises, provisions, indicators, procedures, communicationPlan, resources, teams,
                DEFAULT_RESPONSE_DAYS);
    }

    public VersionDraft {
        if (responseDays < 1 || responseDays > MAX_RESPONSE_DAYS) {
            throw new IllegalArgumentException("Response time must be 1 to " + MAX_RESPONSE_DAYS + " working days");
        }
        promises = List.copyOf(promises);
        provisions = List.copyOf(provisions);
        indicators = List.copyOf(indicators);
        teams = List.copyOf(teams);
    }
}
