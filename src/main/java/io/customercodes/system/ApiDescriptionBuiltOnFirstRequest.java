package io.customercodes.system;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * The beans that build /api/openapi.json (springdoc's and {@link OpenApiDescription}'s) are created when the
 * description is first asked for, not at start: few callers ever read it, and building them at start loaded some
 * 300 classes of OpenAPI models on every boot.
 */
@Component
class ApiDescriptionBuiltOnFirstRequest implements BeanFactoryPostProcessor {

    private static final String SPRINGDOC = "org.springdoc.";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beans) {
        for (String name : beans.getBeanDefinitionNames()) {
            BeanDefinition definition = beans.getBeanDefinition(name);
            if (fromSpringdoc(beans, definition) || OpenApiDescription.class.getName().equals(
                    definition.getBeanClassName()) || "customerCodesApi".equals(name)) {
                definition.setLazyInit(true);
            }
        }
    }

    private static boolean fromSpringdoc(ConfigurableListableBeanFactory beans, BeanDefinition definition) {
        String type = definition.getBeanClassName();
        if (type == null && definition.getFactoryBeanName() != null
                && beans.containsBeanDefinition(definition.getFactoryBeanName())) {
            type = beans.getBeanDefinition(definition.getFactoryBeanName()).getBeanClassName();
        }
        return type != null && type.startsWith(SPRINGDOC);
    }
}
