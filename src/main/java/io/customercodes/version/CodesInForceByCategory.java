package io.customercodes.version;

import io.customercodes.code.Code;
import io.customercodes.code.CodeListTotals;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The kinds of promise each code in force makes, in the order of the public list ({@code code_in_force_category}):
 * written when a version is published, removed when it leaves PUBLISHED, read for a page of /codes?category=C; the
 * count of each kind is kept in {@link CodeListTotals}.
 */
@Component
public class CodesInForceByCategory {

    private final JdbcTemplate jdbc;
    private final CodeListTotals totals;

    CodesInForceByCategory(JdbcTemplate jdbc, CodeListTotals totals) {
        this.jdbc = jdbc;
        this.totals = totals;
    }

    /** The code's version in force is now this one (its promises are in the database). */
    void published(CodeVersion version) {
        Map<String, Long> changes = new HashMap<>();
        delete(version.getCode()).forEach(category -> changes.merge(list(category), -1L, Long::sum));
        jdbc.update("insert into code_in_force_category (category, title, code_key, code_id)"
                + " select distinct p.category, c.title, c.code_key, c.id from promise p"
                + " join code_version v on v.id = p.version_id join code c on c.id = v.code_id where v.id = ?",
                version.getId());
        categoriesOf(version.getCode()).forEach(category -> changes.merge(list(category), 1L, Long::sum));
        totals.add(changes);
    }

    /** The code has no version in force any more. */
    void removed(Code code) {
        Map<String, Long> changes = new HashMap<>();
        delete(code).forEach(category -> changes.put(list(category), -1L));
        totals.add(changes);
    }

    private List<String> delete(Code code) {
        List<String> listed = categoriesOf(code);
        jdbc.update("delete from code_in_force_category where code_id = ?", code.getId());
        return listed;
    }

    private List<String> categoriesOf(Code code) {
        return jdbc.queryForList("select category from code_in_force_category where code_id = ?", String.class,
                code.getId());
    }

    private static String list(String category) {
        return CodeListTotals.inForceByCategory(category);
    }

    /** A page of the ids of the codes in force that promise something of the category, by title and key. */
    List<Long> page(PromiseCategory category, long offset, int size) {
        return jdbc.queryForList("select code_id from code_in_force_category where category = ?"
                + " order by title, code_key, code_id offset ? rows fetch next ? rows only", Long.class,
                category.name(), offset, size);
    }

    long count(PromiseCategory category) {
        return totals.total(CodeListTotals.inForceByCategory(category.name()));
    }
}
