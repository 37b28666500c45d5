package io.customercodes.code;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many codes each list holds ({@code code_list_total}, V65 and V66: all codes, those in force, in force by kind
 * of promise, ever published), so that a page of the list does not count them: changed by the statements that change
 * the list, in their transaction. A total's row is locked from its change to the commit; a transaction changes ALL
 * (a new code), then IN_FORCE, then PUBLISHED_ONCE, then the kinds of promise in name order, so two of them never
 * wait for each other in a circle.
 */
@Component
public class CodeListTotals {

    public static final String ALL = "ALL";
    public static final String IN_FORCE = "IN_FORCE";
    public static final String PUBLISHED_ONCE = "PUBLISHED_ONCE";

    /** Counts every total again, for a database filled by other means than the app (the benchmark's seeder). */
    public static final List<String> RECOUNT = List.of(
            "update code_list_total set total = (select count(*) from code) where list_name = 'ALL'",
            "update code_list_total set total = (select count(*) from code where in_force = true)"
                    + " where list_name = 'IN_FORCE'",
            "update code_list_total set total = (select count(*) from code where published_once = true)"
                    + " where list_name = 'PUBLISHED_ONCE'",
            "update code_list_total t set total = (select count(*) from code_in_force_category l"
                    + " where 'IN_FORCE_' || l.category = t.list_name)"
                    + " where t.list_name not in ('ALL', 'IN_FORCE', 'PUBLISHED_ONCE')");

    private final JdbcClient jdbc;

    CodeListTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The list of codes in force that promise something of this kind (a PromiseCategory's name). */
    public static String inForceByCategory(String category) {
        return IN_FORCE + "_" + category;
    }

    public long total(String list) {
        return jdbc.sql("select total from code_list_total where list_name = ?").param(list).query(Long.class)
                .optional().orElse(0L);
    }

    void add(String list, long change) {
        if (change == 0) {
            return;
        }
        int updated = jdbc.sql("update code_list_total set total = total + ? where list_name = ?")
                .params(change, list).update();
        if (updated == 0) {
            // A kind of promise added after V65.
            jdbc.sql("insert into code_list_total (list_name, total) values (?, ?)").params(list, change).update();
        }
    }

    /** Changes of several lists at once (kinds of promise), in name order. */
    public void add(Map<String, Long> changes) {
        new TreeMap<>(changes).forEach(this::add);
    }
}
