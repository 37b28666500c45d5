package io.customercodes.system.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writing a row of a table with an identity id and a {@code lock_version} column from its columns by name: an
 * update applies only if nobody changed the row since it was read, as JPA's optimistic lock did.
 */
public final class LockedRows {

    private LockedRows() {
    }

    /** Inserts the row and answers the id the database gave it. */
    public static long insert(JdbcClient jdbc, String table, Map<String, Object> columns) {
        String marks = columns.keySet().stream().map(c -> "?").collect(Collectors.joining(", "));
        return Inserts.returningId(jdbc.sql("insert into " + table + " (" + String.join(", ", columns.keySet())
                + ") values (" + marks + ")").params(new ArrayList<>(columns.values())));
    }

    /**
     * Writes the columns and counts the lock version up, where the row still has the lock version read; otherwise
     * fails with the message given.
     */
    public static void update(JdbcClient jdbc, String table, Map<String, Object> columns, long id, long lockVersion,
            Supplier<String> changedMeanwhile) {
        List<Object> values = new ArrayList<>(columns.values());
        values.add(id);
        values.add(lockVersion);
        int updated = jdbc.sql("update " + table + " set " + columns.keySet().stream().map(c -> c + " = ?")
                .collect(Collectors.joining(", ")) + ", lock_version = lock_version + 1"
                + " where id = ? and lock_version = ?").params(values).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException(changedMeanwhile.get());
        }
    }
}
