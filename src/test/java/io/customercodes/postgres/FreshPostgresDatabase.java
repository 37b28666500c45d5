package io.customercodes.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With the postgres profile (mvn -Ppostgres), gives each Spring test context a database of its own on
 * the local PostgreSQL, so two contexts never share an engine's tables. The databases of earlier runs are
 * dropped when the first database of a run is made: dropping them at JVM exit raced Spring's own shutdown of
 * the contexts and held up the end of the test JVM.
 */
public class FreshPostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String SERVER = System.getProperty("postgres.url", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getProperty("postgres.user", "postgres");
    static final String PREFIX = "customer_codes_test_";
    static final AtomicBoolean FIRST_DATABASE = new AtomicBoolean(true);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (!environment.matchesProfiles("postgres")) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("freshPostgresDatabase",
                Map.copyOf(datasourceProperties())));
    }

    /** Whether this test JVM runs with the postgres profile (mvn -Ppostgres). */
    public static boolean active() {
        return System.getProperty("spring.profiles.include", "").contains("postgres");
    }

    /** A new empty database: the spring.datasource properties that point an application at it. */
    public static Map<String, String> datasourceProperties() {
        if (FIRST_DATABASE.compareAndSet(true, false)) {
            dropDatabasesOfEarlierRuns();
        }
        String database = PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create database " + database);
        return Map.of("spring.datasource.url", SERVER + database,
                "spring.datasource.username", USER,
                "spring.datasource.password", "");
    }

    /** Databases still in use (another test JVM) refuse the drop and stay. */
    private static void dropDatabasesOfEarlierRuns() {
        List<String> stale = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select datname from pg_database where datname like '" + PREFIX + "%'")) {
            while (rows.next()) {
                stale.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + " (user " + USER + ")", e);
        }
        for (String database : stale) {
            try {
                execute("drop database if exists " + database);
            } catch (IllegalStateException inUse) {
                // Left for a later run.
            }
        }
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
