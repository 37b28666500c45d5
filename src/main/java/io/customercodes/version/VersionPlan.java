package io.customercodes.version;

/** Objectives and the information gathered before drafting (ISO 10001 clauses 6.2, 6.3). */
public record VersionPlan(String objectives, String complaintsAnalysis, String customerExpectations,
        String legalRequirements) {
}
