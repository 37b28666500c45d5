package io.customercodes.review;

import static io.customercodes.system.jdbc.Rows.date;
import static io.customercodes.system.jdbc.Rows.enumValue;
import static io.customercodes.system.jdbc.Rows.instant;
import static io.customercodes.system.jdbc.Rows.name;
import static io.customercodes.system.jdbc.Rows.nullableInt;
import static io.customercodes.system.jdbc.Rows.nullableLong;
import static io.customercodes.system.jdbc.Rows.utc;

import io.customercodes.system.jdbc.Inserts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class CodeReviewRepository {

    private static final String SELECT = """
            select id, code_id, version_id, due_on, started_at, data_summary, review_trigger, missed_targets,
                   complaints_received, customer_satisfaction, stakeholder_satisfaction, evaluation, recommendation,
                   evaluated_by, evaluated_at, decision, rationale, decided_by, decided_at
            from code_review""";

    private final JdbcClient jdbc;

    CodeReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a review that has just started, or writes what was recorded on a started one since. */
    public CodeReview save(CodeReview r) {
        if (r.getId() == null) {
            long id = Inserts.returningId(jdbc.sql("""
                    insert into code_review (code_id, version_id, due_on, started_at, data_summary, review_trigger,
                        missed_targets, complaints_received)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(r.getCodeId(), r.getVersionId(), r.getDueOn(), utc(r.getStartedAt()), r.getDataSummary(),
                            name(r.getReviewTrigger()), r.getMissedTargets(), r.getComplaintsReceived()));
            return r.restored(id, null, null, null, null, null, null, null, null, null, null);
        }
        jdbc.sql("""
                update code_review set customer_satisfaction = ?, stakeholder_satisfaction = ?, evaluation = ?,
                    recommendation = ?, evaluated_by = ?, evaluated_at = ?, decision = ?, rationale = ?,
                    decided_by = ?, decided_at = ?
                where id = ?""")
                .params(name(r.getCustomerSatisfaction()), name(r.getStakeholderSatisfaction()), r.getEvaluation(),
                        name(r.getRecommendation()), r.getEvaluatedBy(), utc(r.getEvaluatedAt()),
                        name(r.getDecision()), r.getRationale(), r.getDecidedBy(), utc(r.getDecidedAt()), r.getId())
                .update();
        return r;
    }

    public List<CodeReview> findByCodeIdOrderByStartedAtAsc(Long codeId) {
        return jdbc.sql(SELECT + " where code_id = ? order by started_at, id").param(codeId)
                .query(CodeReviewRepository::review).list();
    }

    /** One page of a code's reviews, as they started, the id breaking ties. */
    public Page<CodeReview> findByCodeIdOrderByStartedAtAscIdAsc(Long codeId, Pageable page) {
        List<CodeReview> content = jdbc.sql(SELECT + " where code_id = ? order by started_at, id limit ? offset ?")
                .params(codeId, page.getPageSize(), page.getOffset()).query(CodeReviewRepository::review).list();
        // Counted only when the page does not tell: a first page with room left holds them all.
        return PageableExecutionUtils.getPage(content, page, () -> jdbc
                .sql("select count(*) from code_review where code_id = ?")
                .param(codeId).query(Long.class).single());
    }

    /** The review whose decision to revise opened a version created at that moment. */
    public Optional<CodeReview> revisionCause(Long codeId, Instant versionCreatedAt) {
        return jdbc.sql(SELECT + "\n" + """
                where code_id = ? and decision = ? and decided_at <= ?
                order by decided_at desc, id desc limit 1""")
                .params(codeId, ReviewDecision.REVISE.name(), utc(versionCreatedAt))
                .query(CodeReviewRepository::review).optional();
    }

    public Optional<CodeReview> lastDecided(Long codeId) {
        return jdbc.sql(SELECT + " where code_id = ? and decision is not null order by decided_at desc, id desc limit 1")
                .param(codeId).query(CodeReviewRepository::review).optional();
    }

    public Optional<CodeReview> findFirstByCodeIdOrderByStartedAtDesc(Long codeId) {
        return jdbc.sql(SELECT + " where code_id = ? order by started_at desc, id desc limit 1").param(codeId)
                .query(CodeReviewRepository::review).optional();
    }

    public Optional<CodeReview> findById(Long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(CodeReviewRepository::review).optional();
    }

    public CodeReview getReview(Long id) {
        return findById(id).orElseThrow(() -> new IllegalArgumentException("No review with id " + id));
    }

    private static CodeReview review(ResultSet rs, int row) throws SQLException {
        return new CodeReview(rs.getLong("code_id"), nullableLong(rs, "version_id"), date(rs, "due_on"),
                instant(rs, "started_at"), enumValue(rs, "review_trigger", ReviewTrigger.class),
                nullableInt(rs, "missed_targets"), nullableInt(rs, "complaints_received"), rs.getString("data_summary"))
                .restored(rs.getLong("id"), enumValue(rs, "customer_satisfaction", Satisfaction.class),
                        enumValue(rs, "stakeholder_satisfaction", Satisfaction.class), rs.getString("evaluation"),
                        enumValue(rs, "recommendation", ReviewDecision.class), rs.getString("evaluated_by"),
                        instant(rs, "evaluated_at"), enumValue(rs, "decision", ReviewDecision.class),
                        rs.getString("rationale"), rs.getString("decided_by"), instant(rs, "decided_at"));
    }
}
