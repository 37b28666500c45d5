package io.customercodes.identity;

import java.util.Set;

/** The Camunda groups of DESIGN.md, with what each needs besides its own tasks. */
public enum Role {
    CODE_MANAGERS("code-managers", "Code managers", "#1f6f8b", Set.of("tasklist", "cockpit")),
    STAKEHOLDERS("stakeholders", "Stakeholders", "#6a4c93", Set.of("tasklist")),
    COMPLIANCE("compliance", "Compliance", "#8a5a00", Set.of("tasklist", "cockpit")),
    TOP_MANAGEMENT("top-management", "Top management", "#a4161a", Set.of("tasklist", "cockpit")),
    COMPLAINT_HANDLERS("complaint-handlers", "Complaint handlers", "#2b6a30", Set.of("tasklist")),
    CODE_SPONSORS("code-sponsors", "Code sponsors", "#005f73", Set.of("tasklist", "cockpit"));

    public static final String ADMIN_GROUP = "camunda-admin";

    private final String groupId;
    private final String displayName;
    private final String filterColor;
    private final Set<String> applications;

    Role(String groupId, String displayName, String filterColor, Set<String> applications) {
        this.groupId = groupId;
        this.displayName = displayName;
        this.filterColor = filterColor;
        this.applications = applications;
    }

    public String groupId() {
        return groupId;
    }

    public String displayName() {
        return displayName;
    }

    public String filterColor() {
        return filterColor;
    }

    public Set<String> applications() {
        return applications;
    }
}
