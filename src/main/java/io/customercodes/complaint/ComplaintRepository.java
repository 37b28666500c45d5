package io.customercodes.complaint;

import static io.customercodes.system.jdbc.Rows.instant;
import static io.customercodes.system.jdbc.Rows.nullableBoolean;
import static io.customercodes.system.jdbc.Rows.utc;

import io.customercodes.system.jdbc.Inserts;
import io.customercodes.system.jdbc.LockedRows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Complaints with their steps; a save that would overwrite someone else's change since the read fails. */
@Component
class ComplaintRepository {

    private static final String SELECT = "select * from complaint";

    private final JdbcClient jdbc;

    ComplaintRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Complaint save(Complaint complaint) {
        if (complaint.getId() == null) {
            complaint.inserted(LockedRows.insert(jdbc, "complaint", complaint.columns()));
        } else {
            LockedRows.update(jdbc, "complaint", complaint.columns(), complaint.getId(), complaint.getLockVersion(),
                    () -> "Complaint " + complaint.getReference() + " was changed by someone else since it was read");
            complaint.updated();
        }
        for (ComplaintStep step : complaint.unsavedSteps()) {
            step.inserted(Inserts.returningId(jdbc.sql("""
                    insert into complaint_step (complaint_id, position, step, actor, completed_at, due_at, on_time,
                        outcome)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(complaint.getId(), step.getPosition(), step.getStep(), step.getActor(),
                            utc(step.getCompletedAt()), utc(step.getDueAt()), step.getOnTime(), step.getOutcome())));
        }
        return complaint;
    }

    Optional<Complaint> findByReference(String reference) {
        return one(jdbc.sql(SELECT + " where reference = ?").param(reference).query(ComplaintRepository::complaint)
                .optional());
    }

    Optional<Complaint> findByStatusTokenHash(String statusTokenHash) {
        return one(jdbc.sql(SELECT + " where status_token_hash = ?").param(statusTokenHash)
                .query(ComplaintRepository::complaint).optional());
    }

    Complaint getByReference(String reference) {
        return findByReference(reference).orElseThrow(() -> new UnknownComplaintException(reference));
    }

    /** One page of a code's complaints: as they came in, the id breaking ties. */
    Page<Complaint> pageOfCode(Long codeId, Pageable page) {
        List<Complaint> content = jdbc.sql(SELECT + " where code_id = ? order by received_at, id limit ? offset ?")
                .params(codeId, page.getPageSize(), page.getOffset()).query(ComplaintRepository::complaint).list();
        Map<Long, List<ComplaintStep>> steps = stepsOf(content.stream().map(Complaint::getId).toList());
        content.forEach(c -> c.withSteps(steps.getOrDefault(c.getId(), List.of())));
        // Counted only when the page does not tell: a first page with room left holds them all.
        return PageableExecutionUtils.getPage(content, page, () -> jdbc
                .sql("select count(*) from complaint where code_id = ?")
                .param(codeId).query(Long.class).single());
    }

    long count() {
        return jdbc.sql("select count(*) from complaint").query(Long.class).single();
    }

    /** Erases the complainant's name, contact details and status link of complaints closed before the cutoff. */
    int erasePersonalDataOfClosedBefore(Instant cutoff, Instant now) {
        return jdbc.sql("""
                update complaint set complainant_name = null, complainant_email = null, complainant_phone = null,
                    status_token_hash = null, personal_data_erased_at = ?
                where closed_at < ? and personal_data_erased_at is null""")
                .params(utc(now), utc(cutoff)).update();
    }

    private Optional<Complaint> one(Optional<Complaint> found) {
        found.ifPresent(c -> c.withSteps(stepsOf(List.of(c.getId())).getOrDefault(c.getId(), List.of())));
        return found;
    }

    private Map<Long, List<ComplaintStep>> stepsOf(Collection<Long> complaintIds) {
        if (complaintIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select id, complaint_id, position, step, actor, completed_at, due_at, on_time, outcome
                from complaint_step where complaint_id in (:complaints) order by complaint_id, position""")
                .param("complaints", complaintIds)
                .query((rs, row) -> Map.entry(rs.getLong("complaint_id"), step(rs))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static Complaint complaint(ResultSet rs, int row) throws SQLException {
        return Complaint.restore(rs);
    }

    private static ComplaintStep step(ResultSet rs) throws SQLException {
        return new ComplaintStep(rs.getLong("id"), rs.getInt("position"), rs.getString("step"), rs.getString("actor"),
                instant(rs, "completed_at"), instant(rs, "due_at"), nullableBoolean(rs, "on_time"),
                rs.getString("outcome"));
    }
}
