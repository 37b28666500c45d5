package io.customercodes.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class ProductionSecretsCheckTest {

    final ProductionSecretsCheck check = new ProductionSecretsCheck();

    MockEnvironment prod(String adminPassword, String dbPassword) {
        MockEnvironment env = new MockEnvironment()
                .withProperty("camunda.bpm.admin-user.id", "admin")
                .withProperty("camunda.bpm.admin-user.password", adminPassword)
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/codes")
                .withProperty("spring.datasource.password", dbPassword)
                .withProperty("customer-codes.demo.enabled", "false");
        env.setActiveProfiles("prod");
        return env;
    }

    @Test
    void refusesAnEmptyAdminPassword() {
        assertThatThrownBy(() -> check.postProcessEnvironment(prod("", "s3cret-db-Pw"), new SpringApplication()))
                .hasMessageContaining("CUSTOMER_CODES_ADMIN_PASSWORD");
    }

    @Test
    void refusesDefaultPasswords() {
        assertThatThrownBy(() -> check.postProcessEnvironment(prod("admin", "s3cret-db-Pw"), new SpringApplication()))
                .hasMessageContaining("CUSTOMER_CODES_ADMIN_PASSWORD");
        assertThatThrownBy(() -> check.postProcessEnvironment(prod("Xk8!long-secret", "postgres"),
                new SpringApplication())).hasMessageContaining("CUSTOMER_CODES_DB_PASSWORD");
    }

    @Test
    void refusesDemoDataInProd() {
        MockEnvironment env = prod("Xk8!long-secret", "s3cret-db-Pw").withProperty("customer-codes.demo.enabled", "true");
        assertThatThrownBy(() -> check.postProcessEnvironment(env, new SpringApplication()))
                .hasMessageContaining("demo");
    }

    @Test
    void acceptsRealSecrets() {
        assertThatCode(() -> check.postProcessEnvironment(prod("Xk8!long-secret", "s3cret-db-Pw"),
                new SpringApplication())).doesNotThrowAnyException();
    }

    @Test
    void checksNothingOutsideProd() {
        MockEnvironment env = new MockEnvironment();
        assertThatCode(() -> check.postProcessEnvironment(env, new SpringApplication())).doesNotThrowAnyException();
    }
}
