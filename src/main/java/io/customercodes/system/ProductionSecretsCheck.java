package io.customercodes.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the prod profile with a default or empty secret. Runs before any bean exists, so
 * a weak admin password never reaches the identity tables.
 */
public class ProductionSecretsCheck implements EnvironmentPostProcessor {

    static final Set<String> DEFAULTS = Set.of("admin", "demo", "password", "changeme", "camunda", "secret", "sa",
            "postgres");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            return;
        }
        List<String> problems = new ArrayList<>();
        String adminUser = environment.getProperty("camunda.bpm.admin-user.id", "");
        String adminPassword = environment.getProperty("camunda.bpm.admin-user.password", "");
        if (weak(adminPassword) || adminPassword.equalsIgnoreCase(adminUser)) {
            problems.add("CUSTOMER_CODES_ADMIN_PASSWORD is empty, a default, or the user name; set a real secret");
        }
        if (weak(environment.getProperty("spring.datasource.password", ""))) {
            problems.add("CUSTOMER_CODES_DB_PASSWORD is empty or a default");
        }
        if (environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:")) {
            problems.add("CUSTOMER_CODES_DB_URL points at H2; prod runs on PostgreSQL");
        }
        if (Boolean.parseBoolean(environment.getProperty("customer-codes.demo.enabled", "false"))) {
            problems.add("customer-codes.demo.enabled must be false in prod: no demo users");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start the prod profile: " + String.join("; ", problems));
        }
    }

    static boolean weak(String secret) {
        return secret == null || secret.isBlank() || DEFAULTS.contains(secret.strip().toLowerCase());
    }
}
