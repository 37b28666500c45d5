package io.customercodes.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.TestUsers;
import io.customercodes.web.EngineRestClient;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The seeder on a small scale, on an H2 file database of its own; then the app starts on it and serves the data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.process-engine-name=seededDatabase")
@ActiveProfiles("test")
// The test seeds an H2 file of its own; under -Ppostgres every context is pointed at PostgreSQL instead. The
// seeder's PostgreSQL path is run by scripts/seed.sh (README, Performance).
@DisabledIfSystemProperty(named = "spring.profiles.include", matches = ".*postgres.*")
class DatabaseSeederTest {

    static final int CODES = 20;
    static final int COMPLAINTS = 205;
    static DatabaseSeeder.Result seeded;

    @DynamicPropertySource
    static void seededDatabase(DynamicPropertyRegistry properties) throws Exception {
        Path folder = Files.createTempDirectory("seeded");
        String url = "jdbc:h2:file:" + folder.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
        seeded = DatabaseSeeder.seed(url, "sa", "", CODES, COMPLAINTS, "SEED", 3);
        properties.add("spring.datasource.url", () -> url);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdentityService identity;

    @Test
    void seedsTheCodesAndClosedComplaintsAskedFor() {
        assertThat(seeded.codes()).isEqualTo(CODES);
        assertThat(count("select count(*) from code where code_key like 'SEED-%'")).isEqualTo(CODES);
        assertThat(count("select count(*) from code_version where state = 'PUBLISHED'")).isEqualTo(CODES);
        assertThat(count("select count(*) from promise")).isBetween(2L * CODES, 4L * CODES);
        assertThat(count("select count(*) from indicator_reading"))
                .isEqualTo(DatabaseSeeder.READINGS_PER_INDICATOR * count("select count(*) from performance_indicator"));
        assertThat(count("select count(distinct indicator_id) from indicator_reading where measured_on"
                + " >= dateadd(month, -2, current_date)")).as("each indicator measured last month")
                .isEqualTo(count("select count(*) from performance_indicator"));
        assertThat(count("select count(*) from complaint where state = 'CLOSED' and closed_at is not null"))
                .isEqualTo(COMPLAINTS);
        assertThat(count("select count(distinct reference) from complaint")).isEqualTo(COMPLAINTS);
        assertThat(count("select count(distinct code_id) from complaint")).isEqualTo(CODES);
        assertThat(count("select count(*) from complaint_step")).isEqualTo(2L * COMPLAINTS);
        assertThat(jdbc.queryForList("select reference from complaint", String.class))
                .allMatch(r -> r.matches("SEED-\\d{5}-20\\d\\d-\\d{5}"));
        // The lists' totals, which the app keeps as it publishes, count the seeded codes too.
        assertThat(count("select total from code_list_total where list_name = 'IN_FORCE'"))
                .isEqualTo(count("select count(*) from code where in_force = true")).isGreaterThanOrEqualTo(CODES);
        assertThat(count("select total from code_list_total where list_name = 'PUBLISHED_ONCE'"))
                .isEqualTo(count("select count(*) from code where published_once = true"));
        assertThat(count("select total from code_list_total where list_name = 'IN_FORCE_DELIVERY'"))
                .isEqualTo(count("select count(*) from code_in_force_category where category = 'DELIVERY'"));
    }

    @Test
    void theAppServesTheSeededCodesAndComplaints() {
        TestUsers.create(identity);
        EngineRestClient anyone = new EngineRestClient(port, null);
        EngineRestClient.Response search = anyone.get("/codes?q=seed-00007");
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.body()).contains("SEED-00007").doesNotContain("SEED-00008");
        assertThat(anyone.get("/codes/SEED-00007").body()).contains("We keep our word on");
        assertThat(anyone.get("/codes/SEED-00007/versions").status()).isEqualTo(200);

        String reference = jdbc.queryForObject("select min(reference) from complaint where code_id ="
                + " (select id from code where code_key = 'SEED-00007')", String.class);
        Long id = jdbc.queryForObject("select id from complaint where reference = ?", Long.class, reference);
        assertThat(anyone.get("/codes/complaints/status/" + DatabaseSeeder.statusToken(id)).body())
                .contains(reference);
        EngineRestClient hank = new EngineRestClient(port, "hank");
        assertThat(hank.get("/api/codes?size=500").json().findValuesAsText("codeKey")).hasSize(CODES)
                .contains("SEED-00001", "SEED-00020");
        assertThat(hank.get("/api/codes/SEED-00007/complaints").json().findValuesAsText("reference"))
                .hasSize(COMPLAINTS / CODES).contains(reference);
        assertThat(hank.get("/api/codes/SEED-00007/complaints/statistics").json().get("received").asInt())
                .isEqualTo(COMPLAINTS / CODES);
    }

    @Test
    void theAppsOwnRowsComeAfterTheSeededOnes() {
        long highest = count("select max(id) from complaint");
        jdbc.update("insert into decision_record (code_id, kind, decision, actor, decided_at)"
                + " values ((select min(id) from code), 'REVIEW', 'KEEP', 'test', current_timestamp)");
        assertThat(count("select max(id) from decision_record")).isGreaterThan(2L * CODES);
        assertThat(highest).isEqualTo(COMPLAINTS);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
