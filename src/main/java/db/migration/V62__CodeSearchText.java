package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The public search ({@code /codes?q=...}) matches one column, {@code code.search_text}: the key, title and
 * organization in lower case, kept by the database itself (a generated column) and separated by a character nobody
 * types (U+001F), so a text still matches within one of them. The list's index ({@code in_force, title, code_key,
 * id}) now ends with it: on H2, which has no text index, a search and its count read that index alone instead of
 * every code's row, which at 10,000 codes cost most of a search (H2 computed {@code lower} three times a row, on rows
 * pushed out of its cache by the complaints). On PostgreSQL a trigram index on the column, where V41 could create
 * them, replaces the three on the separate columns.
 */
public class V62__CodeSearchText extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        boolean postgres = db.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        try (Statement sql = db.createStatement()) {
            if (postgres) {
                sql.execute("alter table code add column search_text varchar(450) generated always as"
                        + " (lower(code_key || chr(31) || title || chr(31) || organization)) stored");
            } else {
                sql.execute("alter table code add column search_text varchar(450) generated always as"
                        + " (lower(code_key || char(31) || title || char(31) || organization))");
            }
            sql.execute("create index ix_code_in_force_search on code (in_force, title, code_key, id, search_text)");
            sql.execute("drop index ix_code_in_force_listing");
            if (postgres && trigramIndexes(sql)) {
                sql.execute("create index ix_code_search_trgm on code using gin (search_text gin_trgm_ops)");
                sql.execute("drop index ix_code_title_trgm");
                sql.execute("drop index ix_code_organization_trgm");
                sql.execute("drop index ix_code_key_trgm");
            }
        }
    }

    private static boolean trigramIndexes(Statement sql) throws SQLException {
        try (ResultSet found = sql.executeQuery("select 1 from pg_indexes where indexname = 'ix_code_title_trgm'")) {
            return found.next();
        }
    }
}
