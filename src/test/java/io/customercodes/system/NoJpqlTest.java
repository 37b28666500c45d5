package io.customercodes.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Our repositories declare no JPQL: Spring Data and Hibernate parse each JPQL string with ANTLR at start, which cost
 * 11% of a start's main thread and its caches about 65 MB (README, Performance). Derived queries, entity graphs and
 * plain SQL ({@code nativeQuery}) do the same without it.
 */
class NoJpqlTest {

    @Test
    void noRepositoryMethodDeclaresAJpqlQuery() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isInterface();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Repository.class));
        List<String> jpql = new ArrayList<>();
        int repositories = 0;
        for (BeanDefinition found : scanner.findCandidateComponents("io.customercodes")) {
            repositories++;
            for (Method method : Class.forName(found.getBeanClassName()).getDeclaredMethods()) {
                Query query = method.getAnnotation(Query.class);
                if (query != null && !query.nativeQuery()) {
                    jpql.add(method.getDeclaringClass().getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(repositories).as("Spring Data repositories found").isGreaterThanOrEqualTo(2);
        assertThat(jpql).as("repository methods with JPQL").isEmpty();
    }
}
