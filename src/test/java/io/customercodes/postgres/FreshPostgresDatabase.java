package io.customercodes.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With the postgres profile (mvn -Ppostgres), gives each Spring test context a database of its own on
 * the local PostgreSQL, so two contexts never share an engine's tables, and drops it when the JVM ends.
 */
public class FreshPostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String SERVER = System.getProperty("postgres.url", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getProperty("postgres.user", "postgres");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (!environment.matchesProfiles("postgres")) {
            return;
        }
        String database = "customer_codes_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create database " + database);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("drop database if exists " + database
                + " with (force)")));
        environment.getPropertySources().addFirst(new MapPropertySource("freshPostgresDatabase", Map.of(
                "spring.datasource.url", SERVER + database,
                "spring.datasource.username", USER,
                "spring.datasource.password", "")));
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + " (user " + USER + "): " + sql, e);
        }
    }
}
