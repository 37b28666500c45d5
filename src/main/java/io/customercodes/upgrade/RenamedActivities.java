package io.customercodes.upgrade;

import java.util.Map;

/**
 * Activities whose id changed between releases, per process key: old id to new id. Equal ids are mapped by
 * Camunda's {@code mapEqualActivities}; an instance waiting at an activity whose id changed is moved only
 * with an instruction here. Add one whenever a model renames a wait state (a user task, a timer or message
 * catch, a call activity); {@code MigrationFromPreviousReleaseTest} fails until you do. Keep old
 * entries: a data folder may come from any earlier release.
 */
final class RenamedActivities {

    private static final Map<String, Map<String, String>> BY_PROCESS = Map.of();

    private RenamedActivities() {
    }

    static Map<String, String> of(String processKey) {
        return BY_PROCESS.getOrDefault(processKey, Map.of());
    }
}
