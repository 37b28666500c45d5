package io.customercodes.system.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.ProcessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

class EngineAfterMigrationsTest extends ProcessTest {

    @Autowired
    ConfigurableListableBeanFactory beans;

    @Test
    void theEngineIsConfiguredOnlyOnceFlywayHasMigratedOurTables() {
        assertThat(beans.getBeanDefinition(EngineAfterMigrations.ENGINE_CONFIGURATION).getDependsOn())
                .contains(EngineAfterMigrations.MIGRATIONS);
        assertThat(beans.getDependenciesForBean(EngineAfterMigrations.ENGINE_CONFIGURATION))
                .contains(EngineAfterMigrations.MIGRATIONS);
    }
}
