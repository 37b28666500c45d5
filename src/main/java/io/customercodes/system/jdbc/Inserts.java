package io.customercodes.system.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Inserting a row whose id the database generates (our tables' ids are identity columns). */
public final class Inserts {

    private Inserts() {
    }

    /** Runs the insert and answers the id the database gave the new row. */
    public static long returningId(JdbcClient.StatementSpec insert) {
        KeyHolder keys = new GeneratedKeyHolder();
        insert.update(keys, "id");
        Number id = keys.getKey();
        if (id == null) {
            throw new IllegalStateException("The database gave the new row no id");
        }
        return id.longValue();
    }
}
