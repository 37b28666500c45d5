package io.customercodes.bare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/** As in the app: the engine starts once Flyway has migrated the tables. */
@Component
class EngineAfterMigrations implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beans) {
        if (!beans.containsBeanDefinition("processEngineConfigurationImpl")
                || !beans.containsBeanDefinition("flywayInitializer")) {
            return;
        }
        BeanDefinition engine = beans.getBeanDefinition("processEngineConfigurationImpl");
        List<String> dependsOn = new ArrayList<>(engine.getDependsOn() == null ? List.of()
                : Arrays.asList(engine.getDependsOn()));
        dependsOn.add("flywayInitializer");
        engine.setDependsOn(dependsOn.toArray(String[]::new));
    }
}
