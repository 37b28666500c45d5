package io.customercodes.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.customercodes.TestUsers;
import io.customercodes.bench.DatabaseSeeder;
import io.customercodes.system.EngineClock;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The /api lists page by page in a stable order, and a request reads a fixed number of rows' worth of SQL
 * statements however many rows the lists hold: on a seeded H2 file (io.customercodes.bench.DatabaseSeeder) with
 * one code given more versions, decisions, reviews and readings than a page holds, several of them at the same
 * moment so that only the id can order them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.process-engine-name=seededReads"})
@Import(RequestStatements.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// Seeds an H2 file of its own; under -Ppostgres every context is pointed at PostgreSQL instead.
@DisabledIfSystemProperty(named = "spring.profiles.include", matches = ".*postgres.*")
class SeededReadsTest {

    static final int CODES = 60;
    static final int COMPLAINTS = 900;
    static final String KEY = "SEED-00007";
    static final Instant SAME_MOMENT = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @DynamicPropertySource
    static void seededDatabase(DynamicPropertyRegistry properties) throws Exception {
        Path folder = Files.createTempDirectory("seeded-reads");
        String url = "jdbc:h2:file:" + folder.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
        DatabaseSeeder.seed(url, "sa", "", CODES, COMPLAINTS, "SEED", 3);
        properties.add("spring.datasource.url", () -> url);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdentityService identity;

    long codeId;
    long indicatorId;

    @BeforeAll
    void moreRowsForOneCode() {
        TestUsers.create(identity);
        codeId = jdbc.queryForObject("select id from code where code_key = ?", Long.class, KEY);
        long published = jdbc.queryForObject("select id from code_version where code_id = ?", Long.class, codeId);
        indicatorId = jdbc.queryForObject("select min(id) from performance_indicator where version_id = ?",
                Long.class, published);
        // Versions 2 and 3 superseded in turn (number 1 stays in force: the seeder's), 4 a draft nobody outside sees.
        for (int number = 2; number <= 4; number++) {
            jdbc.update("insert into code_version (code_id, number, state, response_days, created_by, created_at,"
                    + " state_changed_at) values (?, ?, ?, 10, 'mary', ?, ?)", codeId, number,
                    number == 4 ? "DRAFT" : "SUPERSEDED", Timestamp.from(SAME_MOMENT), Timestamp.from(SAME_MOMENT));
        }
        for (int i = 0; i < 3; i++) {
            jdbc.update("insert into decision_record (code_id, kind, decision, comment, actor, decided_at)"
                    + " values (?, 'REVIEW', 'CONTINUE', ?, 'tom', ?)", codeId, "tie " + i, Timestamp.from(SAME_MOMENT));
            jdbc.update("insert into code_review (code_id, started_at) values (?, ?)", codeId,
                    Timestamp.from(SAME_MOMENT));
        }
        for (int i = 0; i < 5; i++) {
            jdbc.update("insert into indicator_reading (indicator_id, measured_on, reading_value, recorded_by,"
                    + " recorded_at) values (?, ?, ?, 'mary', ?)", indicatorId, Date.valueOf(LocalDate.now()),
                    90 + i, Timestamp.from(SAME_MOMENT));
        }
    }

    @Test
    void everyPerCodeListComesInPagesInAStableOrderWithLinksAndATotal() throws Exception {
        String base = "/api/codes/" + KEY;
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put(base + "/versions", "select number from code_version where code_id = " + codeId + " order by number");
        lists.put(base + "/audit", "select kind || ':' || coalesce(comment, '') from decision_record where code_id = " + codeId
                + " order by decided_at, id");
        lists.put(base + "/decisions", lists.get(base + "/audit"));
        lists.put(base + "/reviews", "select id from code_review where code_id = " + codeId
                + " order by started_at, id");
        lists.put(base + "/indicators/" + indicatorId + "/readings", "select id from indicator_reading"
                + " where indicator_id = " + indicatorId + " order by measured_on, recorded_at, id");
        lists.put(base + "/indicators", "select i.id from performance_indicator i join code_version v"
                + " on v.id = i.version_id where v.code_id = " + codeId + " and v.state = 'PUBLISHED' order by i.position");
        lists.put("/api/codes", "select code_key from code order by code_key");
        lists.put(base + "/complaints", "select reference from complaint where code_id = " + codeId
                + " order by received_at, id");
        for (var list : lists.entrySet()) {
            String path = list.getKey();
            List<String> expected = jdbc.queryForList(list.getValue()).stream()
                    .map(row -> String.valueOf(row.values().iterator().next())).toList();
            assertThat(expected).as(path).hasSizeGreaterThanOrEqualTo(2);
            List<String> seen = new ArrayList<>();
            int pages = (expected.size() + 1) / 2;
            for (int page = 1; page <= pages; page++) {
                HttpResponse<String> answer = get("mary", path + "?page=" + page + "&size=2");
                assertThat(answer.statusCode()).as(path).isEqualTo(200);
                assertThat(answer.headers().firstValue("X-Total-Count")).as(path)
                        .hasValue(String.valueOf(expected.size()));
                String links = answer.headers().firstValue("Link").orElseThrow();
                assertThat(links).as(path).contains("<" + path + "?page=1&size=2>; rel=\"first\"")
                        .contains("<" + path + "?page=" + pages + "&size=2>; rel=\"last\"");
                assertThat(links.contains("rel=\"next\"")).as(path + " next on " + page).isEqualTo(page < pages);
                assertThat(links.contains("rel=\"prev\"")).as(path + " prev on " + page).isEqualTo(page > 1);
                JsonNode rows = EngineRestClient.MAPPER.readTree(answer.body());
                assertThat(rows.size()).as(path).isEqualTo(Math.min(2, expected.size() - 2 * (page - 1)));
                rows.forEach(row -> seen.add(identity(path, row)));
            }
            assertThat(seen).as(path + " in order, each once").isEqualTo(expected);
        }
    }

    @Test
    void thoseWhoSeeOnlyPublishedVersionsCountOnlyThose() throws Exception {
        HttpResponse<String> versions = get("hank", "/api/codes/" + KEY + "/versions?size=500");
        assertThat(versions.headers().firstValue("X-Total-Count")).hasValue("3");
        assertThat(EngineRestClient.MAPPER.readTree(versions.body()).findValuesAsText("state"))
                .containsExactly("PUBLISHED", "SUPERSEDED", "SUPERSEDED");
        HttpResponse<String> codes = get("hank", "/api/codes?page=2&size=25");
        assertThat(codes.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(CODES));
        assertThat(EngineRestClient.MAPPER.readTree(codes.body()).get(0).get("codeKey").asText())
                .isEqualTo(DatabaseSeeder.key("SEED", 26));
    }

    @Test
    void aPageOrSizeOutOfRangeIsAProblemNamingTheField() throws Exception {
        String base = "/api/codes/" + KEY;
        for (String path : List.of(base + "/versions", base + "/audit", base + "/decisions", base + "/reviews",
                base + "/indicators", base + "/indicators/" + indicatorId + "/readings")) {
            for (String bad : List.of("page=0", "page=x", "size=0", "size=501")) {
                HttpResponse<String> refused = get("mary", path + "?" + bad);
                assertThat(refused.statusCode()).as(path + "?" + bad).isEqualTo(400);
                assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
                        .startsWith("application/problem+json");
                assertThat(EngineRestClient.MAPPER.readTree(refused.body()).get("field").asText()).as(path + "?" + bad)
                        .isEqualTo(bad.substring(0, bad.indexOf('=')));
            }
        }
    }

    /**
     * The statements a request prepares (ours, the engine's, the security lookups) do not grow with the rows it
     * shows: no collection or association is read row by row (N+1). A page of 25 codes, of 500, a code's page with
     * its promises.
     */
    @Test
    void aRequestPreparesAFixedNumberOfStatementsWhateverTheRowsItShows() throws Exception {
        String key = DatabaseSeeder.key("SEED", 12);
        // The page's ids, its count, the versions in force, their codes.
        assertThat(statements(null, "/codes")).isLessThanOrEqualTo(5);
        assertThat(statements(null, "/codes?page=2")).isLessThanOrEqualTo(5);
        assertThat(statements(null, "/codes?q=seed&category=DELIVERY")).isLessThanOrEqualTo(5);
        // On H2 a search reads the list's index once, for its page and its total, whatever it matches.
        assertThat(statements(null, "/codes?q=seed")).isLessThanOrEqualTo(4);
        assertThat(statements(null, "/codes?q=" + key.toLowerCase())).isLessThanOrEqualTo(4);
        assertThat(get(null, "/codes?q=" + key.toLowerCase()).body()).contains("/codes/" + key)
                .contains("<p role=\"status\">1 code</p>");
        // A kind of promise alone: a range of code_in_force_category, then the page's rows.
        assertThat(statements(null, "/codes?category=DELIVERY")).isLessThanOrEqualTo(5);
        assertThat(get(null, "/codes?category=DELIVERY").body()).contains("/codes/SEED-")
                .containsPattern("<p role=\"status\">\\d+ codes(, page 1 of \\d+)?</p>");
        assertThat(statements(null, "/codes/" + key)).isLessThanOrEqualTo(5);
        // A history of one version and one of three: the versions' content is read for all of them at once.
        assertThat(statements(null, "/codes/" + key + "/versions")).isLessThanOrEqualTo(6);
        assertThat(statements(null, "/codes/" + KEY + "/versions")).isLessThanOrEqualTo(6);
        for (String user : List.of("hank", "mary")) {
            long few = statements(user, "/api/codes?size=2");
            // A page holding the whole list needs no count, so a bigger page may take one statement less, never more.
            assertThat(statements(user, "/api/codes?size=500")).as(user).isLessThanOrEqualTo(few);
            // Signed-in callers cost a few statements more: the engine's identity lookups.
            assertThat(few).as(user).isLessThanOrEqualTo(8);
        }
        for (String list : List.of("/versions", "/audit", "/reviews", "/complaints", "/indicators")) {
            String path = "/api/codes/" + KEY + list;
            long few = statements("mary", path + "?size=1");
            assertThat(statements("mary", path + "?size=500")).as(path).isLessThanOrEqualTo(few);
            assertThat(few).as(path).isLessThanOrEqualTo(8);
        }
        assertThat(statements("mary", "/api/codes/" + KEY + "/complaints/statistics")).isLessThanOrEqualTo(4);
    }

    /**
     * The public search finds a text inside a code's key, title or organization, whatever its case, never across
     * two of them; on H2 (no text index) the page and its count read the index of codes in force alone, not the
     * codes' rows.
     */
    @Test
    void theSearchMatchesKeyTitleOrOrganizationFromTheListsIndexAlone() throws Exception {
        Map<String, Object> code = jdbc.queryForMap("select code_key, title, organization from code where id = ?",
                codeId);
        String title = (String) code.get("title");
        String organization = (String) code.get("organization");
        for (String text : List.of(KEY.toLowerCase(), title.toUpperCase())) {
            assertThat(get(null, "/codes?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)).body()).as(text)
                    .contains("/codes/" + KEY + "\"");
        }
        String part = organization.substring(1, organization.length() - 1);
        assertThat(jdbc.queryForObject("select count(*) from code where search_text like ?", Long.class,
                "%" + part.toLowerCase() + "%")).isEqualTo(jdbc.queryForObject(
                        "select count(*) from code where organization like ?", Long.class, "%" + part + "%"));
        // Not even with the separator of the fields typed in: a control character is a space to the search.
        String typedSeparator = KEY.substring(5) + "\u001f" + title.substring(0, 4);
        assertThat(get(null, "/codes?q=" + URLEncoder.encode(typedSeparator, StandardCharsets.UTF_8)).body())
                .doesNotContain("/codes/" + KEY + "\"");
        String across = title.substring(title.length() - 3) + organization.substring(0, 3);
        assertThat(jdbc.queryForObject("select count(*) from code where search_text like ?", Long.class,
                "%" + across.toLowerCase() + "%")).as(across).isZero();
        String search = "select c.id from code c where c.in_force = true and locate(?, c.search_text) > 0"
                + " order by c.in_force, c.title, c.code_key, c.id";
        assertThat(jdbc.queryForObject("explain " + search, String.class, "delivery")).as(search)
                .contains("IX_CODE_IN_FORCE_SEARCH").doesNotContain("PRIMARY_KEY");
        assertThat(jdbc.queryForObject("select count(*) from code where in_force = true and search_text like ?",
                Long.class, "%" + title.toLowerCase() + "%")).isPositive();
    }

    /** A search's pages follow one another in the list's order (title, key), each code once, under one total. */
    @Test
    void aSearchPagesThroughAllItsMatchesInTheListsOrder() throws Exception {
        List<String> expected = jdbc.queryForList("select code_key from code where in_force = true"
                + " and search_text like '%seed-000%' order by title, code_key, id", String.class);
        assertThat(expected).hasSizeGreaterThan(50);
        int pages = (expected.size() + 24) / 25;
        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            String body = get(null, "/codes?q=SEED-000&page=" + page).body();
            assertThat(body).contains("<p role=\"status\">" + expected.size() + " codes, page " + page + " of " + pages
                    + "</p>");
            Matcher link = Pattern.compile("href=\"/codes/(SEED-\\d+)\"").matcher(body);
            while (link.find()) {
                seen.add(link.group(1));
            }
        }
        assertThat(seen).isEqualTo(expected);
        assertThat(get(null, "/codes?q=SEED-000&page=" + (pages + 1)).statusCode()).isEqualTo(404);
    }

    /**
     * Whoever sees no drafts gets, in /api/codes, the codes with a version customers have seen (in force, superseded
     * or withdrawn) and no other, page after page from one index range (ix_code_published_once); a code with only a
     * draft is listed for its managers alone.
     */
    @Test
    void theCodesListOfThoseWhoSeeNoDraftsIsTheCodesEverPublishedFromOneIndex() throws Exception {
        String draftOnly = "SEED-DRAFT-ONLY";
        jdbc.update("insert into code (code_key, title, organization, scope, review_interval_months, created_by,"
                + " created_at) values (?, 'Not yet published', 'Draft Ltd', 'Everything', 12, 'mary', ?)", draftOnly,
                Timestamp.from(SAME_MOMENT));
        jdbc.update("insert into code_version (code_id, number, state, response_days, created_by, created_at,"
                + " state_changed_at) select id, 1, 'DRAFT', 10, 'mary', created_at, created_at from code"
                + " where code_key = ?", draftOnly);
        List<String> everPublished = jdbc.queryForList("select code_key from code c where exists (select 1 from"
                + " code_version v where v.code_id = c.id and v.state in ('PUBLISHED', 'SUPERSEDED', 'WITHDRAWN'))"
                + " order by code_key", String.class);
        assertThat(everPublished).doesNotContain(draftOnly).hasSizeGreaterThanOrEqualTo(CODES);

        List<String> listed = new ArrayList<>();
        for (int page = 1; listed.size() < everPublished.size() && page <= everPublished.size(); page++) {
            HttpResponse<String> answer = get("sam", "/api/codes?page=" + page + "&size=25");
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(everPublished.size()));
            EngineRestClient.MAPPER.readTree(answer.body()).forEach(row -> listed.add(row.get("codeKey").asText()));
        }
        assertThat(listed).isEqualTo(everPublished);
        assertThat(get("sam", "/api/codes/" + draftOnly).statusCode()).isEqualTo(404);
        assertThat(get("mary", "/api/codes/" + draftOnly).statusCode()).isEqualTo(200);

        // The page is read from the index in its order, up to the page: no scan and sort of every code.
        String plan = jdbc.queryForObject("explain analyze select c.id from code c where c.published_once = true"
                + " order by c.published_once, c.code_key, c.id offset 25 rows fetch next 25 rows only", String.class);
        assertThat(plan).contains("IX_CODE_PUBLISHED_ONCE", "index sorted", "scanCount: 50");
    }

    @Test
    void theStatisticsAreCountedByTheDatabaseAsTheComplaintsSay() throws Exception {
        JsonNode statistics = EngineRestClient.MAPPER.readTree(get("mary", "/api/codes/" + KEY
                + "/complaints/statistics").body());
        long received = jdbc.queryForObject("select count(*) from complaint where code_id = ?", Long.class, codeId);
        assertThat(statistics.get("received").asLong()).isEqualTo(received).isPositive();
        long perPromise = 0;
        for (JsonNode count : statistics.get("perPromise")) {
            perPromise += count.asLong();
        }
        assertThat(perPromise).isEqualTo(received);
        assertThat(statistics.get("open").asInt()).isZero();
        assertThat(statistics.get("answered").asLong()).isEqualTo(jdbc.queryForObject(
                "select count(*) from complaint where code_id = ? and responded_at is not null", Long.class, codeId));
        long outcomes = 0;
        for (JsonNode count : statistics.get("outcomes")) {
            outcomes += count.asLong();
        }
        assertThat(outcomes).isEqualTo(jdbc.queryForObject(
                "select count(*) from complaint where code_id = ? and outcome is not null", Long.class, codeId));

        // In time as Complaint.answeredWithinPromisedTime() says: the answer's date in the organization's zone.
        int[] inTimeAndOverdue = new int[2];
        jdbc.query("select responded_at, response_due_on, in_scope from complaint where code_id = ?", rs -> {
            Timestamp responded = rs.getTimestamp(1);
            LocalDate due = rs.getDate(2).toLocalDate();
            Boolean inScope = rs.getObject(3) == null ? null : rs.getBoolean(3);
            Boolean onTime = responded != null ? !EngineClock.dateOf(responded.toInstant()).isAfter(due)
                    : EngineClock.today().isAfter(due) && inScope != Boolean.FALSE ? Boolean.FALSE : null;
            inTimeAndOverdue[0] += Boolean.TRUE.equals(onTime) ? 1 : 0;
            inTimeAndOverdue[1] += Boolean.FALSE.equals(onTime) ? 1 : 0;
        }, codeId);
        assertThat(statistics.get("answeredInTime").asInt()).isEqualTo(inTimeAndOverdue[0]);
        assertThat(statistics.get("overdue").asInt()).isEqualTo(inTimeAndOverdue[1]);
        assertThat(inTimeAndOverdue[0] + inTimeAndOverdue[1]).isPositive();
    }

    private long statements(String user, String path) throws Exception {
        long before = RequestStatements.count();
        HttpResponse<String> answer = get(user, path);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        long prepared = RequestStatements.count() - before;
        return prepared;
    }

    private static String identity(String path, JsonNode row) {
        if (path.endsWith("/versions")) {
            return row.get("number").asText();
        }
        if (path.equals("/api/codes")) {
            return row.get("codeKey").asText();
        }
        if (path.endsWith("/audit") || path.endsWith("/decisions")) {
            return row.get("kind").asText() + ":" + (row.get("comment").isNull() ? "" : row.get("comment").asText());
        }
        if (path.endsWith("/complaints")) {
            return row.get("reference").asText();
        }
        if (path.endsWith("/indicators")) {
            return row.get("indicatorId").asText();
        }
        return row.get("id").asText();
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user)
                    .getBytes()));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
