package io.customercodes.version;

import io.customercodes.code.Code;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The kinds of promise each code in force makes, in the order of the public list ({@code code_in_force_category}):
 * written when a version is published, removed when it leaves PUBLISHED, read for a page of /codes?category=C.
 */
@Component
public class CodesInForceByCategory {

    private final JdbcTemplate jdbc;

    CodesInForceByCategory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The code's version in force is now this one (its promises are in the database). */
    void published(CodeVersion version) {
        removed(version.getCode());
        jdbc.update("insert into code_in_force_category (category, title, code_key, code_id)"
                + " select distinct p.category, c.title, c.code_key, c.id from promise p"
                + " join code_version v on v.id = p.version_id join code c on c.id = v.code_id where v.id = ?",
                version.getId());
    }

    /** The code has no version in force any more. */
    void removed(Code code) {
        jdbc.update("delete from code_in_force_category where code_id = ?", code.getId());
    }

    /** A page of the ids of the codes in force that promise something of the category, by title and key. */
    List<Long> page(PromiseCategory category, long offset, int size) {
        return jdbc.queryForList("select code_id from code_in_force_category where category = ?"
                + " order by title, code_key, code_id offset ? rows fetch next ? rows only", Long.class,
                category.name(), offset, size);
    }

    long count(PromiseCategory category) {
        Long count = jdbc.queryForObject("select count(*) from code_in_force_category where category = ?", Long.class,
                category.name());
        return count == null ? 0 : count;
    }
}
