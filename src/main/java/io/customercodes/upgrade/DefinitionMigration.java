package io.customercodes.upgrade;

import java.util.List;

/** What one start did for the running instances of one older process definition. */
public record DefinitionMigration(String sourceDefinitionId, String targetDefinitionId, String batchId,
        List<String> migratedInstances, List<Refusal> refused) {
}
