package io.customercodes.complaint;

import io.customercodes.code.Code;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out the next number of a code's complaints in a year. The code's row is locked until the filing
 * transaction ends, so concurrent filings for one code, on one node or several sharing the database, take
 * turns; the unique constraint on (code, year, number) is the backstop.
 */
@Component
class ComplaintNumbering {

    private final JdbcTemplate jdbc;

    ComplaintNumbering(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    ComplaintReference next(Code code, int year) {
        jdbc.queryForObject("select id from code where id = ? for update", Long.class, code.getId());
        Integer last = jdbc.queryForObject("select coalesce(max(number_in_year), 0) from complaint"
                + " where code_id = ? and received_year = ?", Integer.class, code.getId(), year);
        return new ComplaintReference(code.getKey(), year, last + 1);
    }
}
