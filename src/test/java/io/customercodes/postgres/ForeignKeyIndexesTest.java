package io.customercodes.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * PostgreSQL, unlike H2, does not index a foreign key column by itself, so a lookup by one reads the whole table.
 * Every foreign key of our schema has an index that starts with its column, except those listed here: columns that
 * are written, and read only through their row, never searched by.
 */
@EnabledIf("io.customercodes.postgres.FreshPostgresDatabase#active")
class ForeignKeyIndexesTest {

    static final List<String> NEVER_SEARCHED_BY = List.of(
            "code_review.version_id", "model_update.from_version_id",
            "model_update.model_code_id", "performance_indicator.model_indicator_id", "process_subject.code_id",
            "process_subject.review_id", "process_subject.version_id", "satisfaction_answer.version_id");

    @Test
    void everyForeignKeyColumnWeSearchByHasAnIndex() throws Exception {
        Map<String, String> database = FreshPostgresDatabase.datasourceProperties();
        String url = database.get("spring.datasource.url");
        String user = database.get("spring.datasource.username");
        Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration").load().migrate();
        List<String> unindexed = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, user, "");
                Statement sql = db.createStatement();
                ResultSet found = sql.executeQuery("select c.conrelid::regclass || '.' || a.attname"
                        + " from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid"
                        + " and a.attnum = c.conkey[1]"
                        + " where c.contype = 'f' and c.connamespace = 'public'::regnamespace"
                        + " and not exists (select 1 from pg_index i where i.indrelid = c.conrelid"
                        + " and i.indkey[0] = c.conkey[1])")) {
            while (found.next()) {
                unindexed.add(found.getString(1));
            }
        }
        assertThat(unindexed).containsExactlyInAnyOrderElementsOf(NEVER_SEARCHED_BY);
    }
}
