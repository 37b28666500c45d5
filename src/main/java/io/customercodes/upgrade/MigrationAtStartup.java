package io.customercodes.upgrade;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * After the models are deployed, running codes and complaints move onto them: a lifecycle runs for years and
 * would otherwise keep the logic of the release it started on. Operators who migrate by hand in Cockpit set
 * {@code customer-codes.upgrade.migrate-running-instances=false}.
 */
@Component
@ConditionalOnProperty(name = "customer-codes.upgrade.migrate-running-instances", havingValue = "true",
        matchIfMissing = true)
class MigrationAtStartup {

    private static final Logger log = LoggerFactory.getLogger(MigrationAtStartup.class);

    private final ProcessMigration migration;

    MigrationAtStartup(ProcessMigration migration) {
        this.migration = migration;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void migrate() {
        List<DefinitionMigration> started;
        try {
            started = migration.migrateRunningInstances();
        } catch (RuntimeException e) {
            // The app serves its users on the old models rather than not at all; the next start tries again.
            log.error("Migrating running process instances to the newest models failed; they stay where they are", e);
            return;
        }
        long refused = started.stream().mapToLong(m -> m.refused().size()).sum();
        if (refused > 0) {
            log.warn("{} running process instance(s) could not be moved to the newest models; each has an incident "
                    + "of type {} in Cockpit", refused, ProcessMigration.INCIDENT_TYPE);
        }
    }
}
