package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public search ({@code /codes?q=...}) looks for text anywhere in a code's key, title and organization
 * ({@code lower(...) like '%text%'}), which no btree index can serve. On PostgreSQL with the pg_trgm extension
 * (or the right to create it) trigram GIN indexes can; without it, or on H2, the search reads the code table, which
 * is small next to the complaints (10,000 rows at the size we measure). Nothing fails either way.
 */
public class V41__TrigramSearchOnPostgres extends BaseJavaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(V41__TrigramSearchOnPostgres.class);

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        if (!db.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            return;
        }
        Savepoint before = db.setSavepoint();
        try (Statement sql = db.createStatement()) {
            sql.execute("create extension if not exists pg_trgm");
        } catch (SQLException e) {
            db.rollback(before);
            LOG.warn("pg_trgm is not available ({}): the public code search reads the whole code table. A superuser"
                    + " can run 'create extension pg_trgm' and create the indexes of {}", e.getMessage(),
                    getClass().getSimpleName());
            return;
        }
        try (Statement sql = db.createStatement()) {
            sql.execute("create index ix_code_title_trgm on code using gin (lower(title) gin_trgm_ops)");
            sql.execute("create index ix_code_organization_trgm on code using gin (lower(organization) gin_trgm_ops)");
            sql.execute("create index ix_code_key_trgm on code using gin (lower(code_key) gin_trgm_ops)");
        }
    }
}
