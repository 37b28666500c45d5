package io.customercodes.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Operators who migrate by hand turn the start-up migration off. */
class MigrationSwitchTest {

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(ProcessMigration.class, () -> mock(ProcessMigration.class))
            .withUserConfiguration(MigrationAtStartup.class);

    @Test
    void runningInstancesMigrateAtStartUnlessSwitchedOff() {
        context.run(app -> assertThat(app).hasSingleBean(MigrationAtStartup.class));
        context.withPropertyValues("customer-codes.upgrade.migrate-running-instances=true")
                .run(app -> assertThat(app).hasSingleBean(MigrationAtStartup.class));
        context.withPropertyValues("customer-codes.upgrade.migrate-running-instances=false")
                .run(app -> assertThat(app).doesNotHaveBean(MigrationAtStartup.class));
    }
}
