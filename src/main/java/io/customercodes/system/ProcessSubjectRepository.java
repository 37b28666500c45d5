package io.customercodes.system;

import static io.customercodes.system.jdbc.Rows.nullableLong;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class ProcessSubjectRepository {

    private final JdbcClient jdbc;

    ProcessSubjectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ProcessSubject> findById(String processInstanceId) {
        return jdbc.sql("""
                select process_instance_id, code_id, version_id, review_id
                from process_subject where process_instance_id = ?""")
                .param(processInstanceId)
                .query((rs, row) -> new ProcessSubject(rs.getString("process_instance_id"), rs.getLong("code_id"),
                        nullableLong(rs, "version_id"), nullableLong(rs, "review_id")))
                .optional();
    }

    boolean existsById(String processInstanceId) {
        return jdbc.sql("select count(*) from process_subject where process_instance_id = ?")
                .param(processInstanceId).query(Long.class).single() > 0;
    }

    /** Inserts the subject, or updates its version and review (its code never changes). */
    void save(ProcessSubject subject) {
        Long versionId = subject.hasVersion() ? subject.getVersionId() : null;
        Long reviewId = subject.hasReview() ? subject.getReviewId() : null;
        int updated = jdbc.sql("update process_subject set version_id = ?, review_id = ? where process_instance_id = ?")
                .params(versionId, reviewId, subject.getProcessInstanceId()).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into process_subject (process_instance_id, code_id, version_id, review_id)
                    values (?, ?, ?, ?)""")
                    .params(subject.getProcessInstanceId(), subject.getCodeId(), versionId, reviewId).update();
        }
    }
}
