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
    /** A prefix: by now the configuration class is Spring's subclass of it. */
    private static final String OURS = OpenApiDescription.class.getName();

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beans) {
        for (String name : beans.getBeanDefinitionNames()) {
            BeanDefinition definition = beans.getBeanDefinition(name);
            String type = declaringType(beans, definition);
            if (type != null && (type.startsWith(SPRINGDOC) || type.startsWith(OURS))) {
                definition.setLazyInit(true);
            }
        }
    }

    /** The bean's class, or for a {@code @Bean} method's bean the class that declares the method. */
    private static String declaringType(ConfigurableListableBeanFactory beans, BeanDefinition definition) {
        if (definition.getBeanClassName() != null || definition.getFactoryBeanName() == null
                || !beans.containsBeanDefinition(definition.getFactoryBeanName())) {
            return definition.getBeanClassName();
        }
        return beans.getBeanDefinition(definition.getFactoryBeanName()).getBeanClassName();
    }
}
