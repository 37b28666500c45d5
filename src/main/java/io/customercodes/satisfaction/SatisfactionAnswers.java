package io.customercodes.satisfaction;

import io.customercodes.code.Code;
import io.customercodes.code.CodeRepository;
import io.customercodes.system.EngineClock;
import io.customercodes.version.CodeVersion;
import io.customercodes.version.CodeVersionRepository;
import io.customercodes.version.VersionState;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers' answers to "did the code tell you clearly what to expect?" (ISO 10001 clause 8.3). An answer is
 * kept with its code, the version in force and the day, and nothing about who gave it.
 */
@Service
public class SatisfactionAnswers {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
    public static final int COMMENT_LIMIT = 1000;

    /** The answers over a period; {@code average} is null when there were none. */
    public record Period(LocalDate from, LocalDate until, int answers, Double average) {
    }

    /** One month of answers, for the chart over time. */
    public record Month(YearMonth month, int answers, double average) {
    }

    /** A comment as it is shown to reviewers: the score it came with and the day. */
    public record Comment(LocalDate answeredOn, int score, String text) {
    }

    private final CodeRepository codes;
    private final CodeVersionRepository versions;
    private final JdbcTemplate jdbc;

    SatisfactionAnswers(CodeRepository codes, CodeVersionRepository versions, JdbcTemplate jdbc) {
        this.codes = codes;
        this.versions = versions;
        this.jdbc = jdbc;
    }

    /**
     * Keeps an answer for the code's version in force, today.
     *
     * @return false when the code has no version in force (unknown or withdrawn): nothing is kept
     */
    @Transactional
    public boolean record(String codeKey, int score, String comment) {
        if (score < LOWEST || score > HIGHEST) {
            throw new IllegalArgumentException("score must be between " + LOWEST + " and " + HIGHEST);
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > COMMENT_LIMIT) {
            throw new IllegalArgumentException("comment must have at most " + COMMENT_LIMIT + " characters");
        }
        Optional<CodeVersion> inForce = codes.findByKey(codeKey)
                .flatMap(code -> versions.findByCodeAndState(code, VersionState.PUBLISHED));
        if (inForce.isEmpty()) {
            return false;
        }
        CodeVersion version = inForce.get();
        jdbc.update("insert into satisfaction_answer (code_id, version_id, answered_on, score, comment)"
                + " values (?, ?, ?, ?, ?)", version.getCodeId(), version.getId(),
                Date.valueOf(EngineClock.today()), score, text);
        return true;
    }

    /** Answers given from {@code from} up to the day before {@code until}. */
    @Transactional(readOnly = true)
    public Period period(Code code, LocalDate from, LocalDate until) {
        return jdbc.queryForObject("select count(*), avg(cast(score as double precision)) from satisfaction_answer"
                + " where code_id = ? and answered_on >= ? and answered_on < ?",
                (rs, row) -> {
                    int answers = rs.getInt(1);
                    double average = rs.getDouble(2);
                    return new Period(from, until, answers, answers == 0 ? null : average);
                }, code.getId(), Date.valueOf(from), Date.valueOf(until));
    }

    /** The latest comments of a period, newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Comment> comments(Code code, LocalDate from, LocalDate until, int limit) {
        return jdbc.query("select answered_on, score, comment from satisfaction_answer where code_id = ?"
                + " and answered_on >= ? and answered_on < ? and comment is not null order by answered_on desc, id desc"
                + " fetch first " + limit + " rows only",
                (rs, row) -> new Comment(rs.getDate(1).toLocalDate(), rs.getInt(2), rs.getString(3)),
                code.getId(), Date.valueOf(from), Date.valueOf(until));
    }

    /** Every month with answers, oldest first, counted by the database. */
    @Transactional(readOnly = true)
    public List<Month> monthly(Code code) {
        return jdbc.query("select answered_year, answered_month, count(*), avg(cast(score as double precision)) from"
                + " (select extract(year from answered_on) as answered_year, extract(month from answered_on)"
                + " as answered_month, score from satisfaction_answer where code_id = ?) answered"
                + " group by answered_year, answered_month order by answered_year, answered_month",
                (rs, row) -> new Month(YearMonth.of(rs.getInt(1), rs.getInt(2)), rs.getInt(3), rs.getDouble(4)),
                code.getId());
    }
}
