package io.customercodes.system.jdbc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * The process engine starts only after Flyway has migrated our tables: its job executor and start-up listeners run
 * delegates that read them. Spring Boot orders Flyway before JPA and before JdbcTemplate, not before the engine,
 * which takes the DataSource directly.
 */
@Component
class EngineAfterMigrations implements BeanFactoryPostProcessor {

    static final String ENGINE_CONFIGURATION = "processEngineConfigurationImpl";
    static final String MIGRATIONS = "flywayInitializer";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beans) {
        if (!beans.containsBeanDefinition(ENGINE_CONFIGURATION) || !beans.containsBeanDefinition(MIGRATIONS)) {
            return;
        }
        BeanDefinition engine = beans.getBeanDefinition(ENGINE_CONFIGURATION);
        List<String> dependsOn = new ArrayList<>(engine.getDependsOn() == null ? List.of()
                : Arrays.asList(engine.getDependsOn()));
        dependsOn.add(MIGRATIONS);
        engine.setDependsOn(dependsOn.toArray(String[]::new));
    }
}
