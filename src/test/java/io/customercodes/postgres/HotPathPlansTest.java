package io.customercodes.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.bench.DatabaseSeeder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * On a database of industry size (10,000 published codes and their complaints, as scripts/seed.sh makes it), no
 * query behind a public page, an /api list or a task's form reads a whole table: PostgreSQL's plan for each of
 * postgres/hot-path-queries.sql (the queries scripts/explain-queries.sh documents) reads indexes, and a sequential
 * scan is allowed only of a table with no rows, where the planner rightly prefers it.
 */
@EnabledIf("io.customercodes.postgres.FreshPostgresDatabase#active")
class HotPathPlansTest {

    static final int CODES = 10_000;
    static final int COMPLAINTS = 50_000;
    static final Pattern SEQUENTIAL_SCAN = Pattern.compile("Seq Scan on (\\w+)");
    /** Tables of a few rows however large the database grows, which one page holds: read whole or by index alike. */
    static final Set<String> FEW_ROWS_BY_DESIGN = Set.of("code_list_total");

    record HotPathQuery(String title, String sql) {
    }

    @Test
    void noQueryOfAPageOrListReadsAWholeTable() throws Exception {
        Map<String, String> database = FreshPostgresDatabase.datasourceProperties();
        String url = database.get("spring.datasource.url");
        String user = database.get("spring.datasource.username");
        DatabaseSeeder.seed(url, user, "", CODES, COMPLAINTS, "SEED", 3);

        try (Connection db = DriverManager.getConnection(url, user, "")) {
            reviewsAndSatisfaction(db);
            Map<String, String> values = parameters(db, DatabaseSeeder.key("SEED", 4711));
            List<HotPathQuery> queries = queries();
            assertThat(queries).hasSizeGreaterThanOrEqualTo(41);
            List<String> wholeTables = new ArrayList<>();
            for (HotPathQuery query : queries) {
                String plan = explain(db, fillIn(query.sql(), values));
                Matcher scan = SEQUENTIAL_SCAN.matcher(plan);
                while (scan.find()) {
                    if (hasRows(db, scan.group(1)) && !FEW_ROWS_BY_DESIGN.contains(scan.group(1))) {
                        wholeTables.add(query.title() + " reads all of " + scan.group(1) + ":\n" + plan);
                    }
                }
            }
            assertThat(wholeTables).isEmpty();
        }
    }

    /** The seeder leaves these tables empty, where any plan is right; rows make the planner choose. */
    private static void reviewsAndSatisfaction(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("insert into code_review (code_id, started_at) select id, now() - n * interval '200 days'"
                    + " from code, generate_series(1, 2) n");
            sql.execute("insert into satisfaction_answer (code_id, version_id, answered_on, score, comment)"
                    + " select code_id, id, current_date - n * 20, 1 + n % 5, case when n % 2 = 0 then 'Fine' end"
                    + " from code_version, generate_series(1, 5) n where state = 'PUBLISHED'");
            sql.execute("vacuum analyze");
        }
    }

    static List<HotPathQuery> queries() throws IOException {
        String text;
        try (InputStream file = HotPathPlansTest.class.getResourceAsStream("/postgres/hot-path-queries.sql")) {
            text = new String(file.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<HotPathQuery> queries = new ArrayList<>();
        for (String block : text.split("\\n\\s*\\n")) {
            List<String> lines = block.strip().lines().toList();
            String sql = String.join("\n", lines.stream().filter(line -> !line.startsWith("--")).toList());
            if (!sql.isBlank() && lines.get(0).startsWith("-- ")) {
                queries.add(new HotPathQuery(lines.get(0).substring(3), sql));
            }
        }
        return queries;
    }

    /** The values explain-queries.sh fills in, for one seeded code. */
    private static Map<String, String> parameters(Connection db, String key) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("key", key);
        values.put("code_id", single(db, "select id from code where code_key = '" + key + "'"));
        values.put("version_id", single(db, "select id from code_version where code_id = " + values.get("code_id")
                + " and state = 'PUBLISHED'"));
        values.put("token_hash", single(db, "select status_token_hash from complaint where code_id = "
                + values.get("code_id") + " limit 1"));
        values.put("complaint_id", single(db, "select id from complaint where code_id = " + values.get("code_id")
                + " limit 1"));
        values.put("indicator_id", single(db, "select min(id) from performance_indicator where version_id = "
                + values.get("version_id")));
        values.put("page_ids", single(db, "select string_agg(id::text, ', ') from (select c.id from code c"
                + " where c.in_force order by c.in_force, c.title, c.code_key, c.id offset 4975 limit 25) page"));
        values.put("tz", "Europe/Berlin");
        assertThat(values).doesNotContainValue(null);
        return values;
    }

    private static String fillIn(String sql, Map<String, String> values) {
        for (var value : values.entrySet()) {
            sql = sql.replace("${" + value.getKey() + "}", value.getValue());
        }
        assertThat(sql).doesNotContain("${");
        return sql;
    }

    private static String explain(Connection db, String sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Statement statement = db.createStatement();
                ResultSet lines = statement.executeQuery("explain (costs off) " + sql)) {
            while (lines.next()) {
                plan.append(lines.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    private static boolean hasRows(Connection db, String table) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery("select exists (select 1 from " + table + ")")) {
            return row.next() && row.getBoolean(1);
        }
    }

    private static String single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? row.getString(1) : null;
        }
    }
}
