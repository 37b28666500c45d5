package io.customercodes.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.customercodes.TestUsers;
import io.customercodes.web.EngineRestClient;
import java.io.IOException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.test.context.ActiveProfiles;

/**
 * Our tables move with the release: the database (H2, or PostgreSQL with -Ppostgres) first gets the previous
 * release's schema from its own migration scripts (a fixture) and that release's data; then the app starts, Flyway
 * brings it to this release, refusing to start if an applied migration was edited, and the API reads the data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.process-engine-name=schemaUpgradeTests")
@ActiveProfiles("test")
@Import(SchemaUpgradeTest.PreviousReleaseFirst.class)
class SchemaUpgradeTest {

    static final String PREVIOUS_RELEASE = "releases/2026-11-26-7e438a8/";

    @TestConfiguration
    static class PreviousReleaseFirst {

        @Bean
        FlywayMigrationStrategy previousReleaseSchemaAndDataFirst() {
            return flyway -> {
                DataSource database = flyway.getConfiguration().getDataSource();
                Flyway.configure().dataSource(database).locations("classpath:" + PREVIOUS_RELEASE + "db/migration")
                        .load().migrate();
                new ResourceDatabasePopulator(new ClassPathResource(PREVIOUS_RELEASE + "data.sql")).execute(database);
                flyway.migrate();
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void users() {
        TestUsers.create(identity);
    }

    /** Every release kept as a fixture (the previous one and any later one with its scripts) still holds. */
    @Test
    void theMigrationsOfEveryEarlierReleaseAreKeptUnchanged() throws IOException {
        Resource[] previous = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:" + PREVIOUS_RELEASE + "db/migration/*.sql");
        assertThat(previous).as("migrations of the previous release").isNotEmpty();
        Resource[] earlier = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:releases/*/db/migration/*.sql");
        assertThat(earlier).as("migrations of every release kept").hasSizeGreaterThan(previous.length);
        for (Resource migration : earlier) {
            ClassPathResource now = new ClassPathResource("db/migration/" + migration.getFilename());
            assertThat(now.exists()).as("%s (%s) is still there", migration.getFilename(), migration).isTrue();
            assertThat(Arrays.equals(now.getContentAsByteArray(), migration.getContentAsByteArray()))
                    .as("%s (%s) is unchanged: add a new migration instead of editing an applied one",
                            migration.getFilename(), migration).isTrue();
        }
    }

    @Test
    void theDataOfThePreviousReleaseReadsBackThroughTheApiAfterTheUpgrade() {
        assertThat(jdbc.queryForList("select \"version\" from \"flyway_schema_history\" where \"success\" = true "
                + "and \"version\" is not null", String.class)).as("applied migrations").contains("10", "20");

        EngineRestClient mary = new EngineRestClient(port, "mary");
        JsonNode code = ok(mary.get("/api/codes/OLD-SHOP"));
        assertThat(code.path("title").asText()).isEqualTo("Promises of an old shop");
        assertThat(code.at("/versions/0/state").asText()).isEqualTo("PUBLISHED");
        // Those who see no drafts find it too: V64 marked the codes published before it as seen by customers.
        EngineRestClient sam = new EngineRestClient(port, "sam");
        assertThat(ok(sam.get("/api/codes")).findValuesAsText("codeKey")).contains("OLD-SHOP");
        assertThat(ok(sam.get("/api/codes/OLD-SHOP")).path("title").asText()).isEqualTo("Promises of an old shop");
        JsonNode version = ok(mary.get("/api/codes/OLD-SHOP/versions/1"));
        assertThat(version.toString()).contains("Delivery within 3 days", "Delivery charge refunded",
                "Orders on time");
        JsonNode indicators = ok(mary.get("/api/codes/OLD-SHOP/indicators"));
        long indicator = indicators.get(0).path("indicatorId").asLong();
        assertThat(ok(mary.get("/api/codes/OLD-SHOP/indicators/" + indicator + "/readings")).toString())
                .contains("March, before the upgrade");
        JsonNode reviews = ok(mary.get("/api/codes/OLD-SHOP/reviews"));
        assertThat(reviews).hasSize(1);
        assertThat(reviews.get(0).path("decision").asText()).isEqualTo("CONTINUE");
        assertThat(ok(mary.get("/api/codes/OLD-SHOP/audit")).toString()).contains("APPROVED");
        JsonNode complaint = ok(new EngineRestClient(port, "hank").get("/api/complaints/OLD-SHOP-2026-00001"));
        assertThat(complaint.toString()).contains("The parcel came a week late.");
    }

    private static JsonNode ok(EngineRestClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
