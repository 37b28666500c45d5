package io.customercodes.version;

import java.util.List;

/** The drafted content of a version (ISO 10001 clauses 6.5 to 6.9). */
public record VersionDraft(List<PromiseDraft> promises, List<ProvisionDraft> provisions,
        List<IndicatorDraft> indicators, String procedures, String communicationPlan, String resources,
        List<String> teams) {

    public VersionDraft {
        promises = List.copyOf(promises);
        provisions = List.copyOf(provisions);
        indicators = List.copyOf(indicators);
        teams = List.copyOf(teams);
    }
}
