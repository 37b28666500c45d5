package io.customercodes.audit;

import static io.customercodes.system.jdbc.Rows.enumValue;
import static io.customercodes.system.jdbc.Rows.instant;
import static io.customercodes.system.jdbc.Rows.nullableLong;
import static io.customercodes.system.jdbc.Rows.utc;

import io.customercodes.system.jdbc.Inserts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class DecisionRecordRepository {

    private static final String COLUMNS = "id, code_id, version_id, kind, decision, comment, actor, decided_at";

    private final JdbcClient jdbc;

    DecisionRecordRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    DecisionRecord save(DecisionRecord record) {
        long id = Inserts.returningId(jdbc.sql("""
                insert into decision_record (code_id, version_id, kind, decision, comment, actor, decided_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(record.getCodeId(), record.getVersionId(), record.getKind().name(), record.getDecision(),
                        record.getComment(), record.getActor(), utc(record.getDecidedAt())));
        return record.withId(id);
    }

    List<DecisionRecord> findByVersionIdOrderByDecidedAtAscIdAsc(Long versionId) {
        return jdbc.sql("select " + COLUMNS + " from decision_record where version_id = ? order by decided_at, id")
                .param(versionId).query(DecisionRecordRepository::decision).list();
    }

    List<DecisionRecord> findByCodeIdOrderByDecidedAtAscIdAsc(Long codeId) {
        return jdbc.sql("select " + COLUMNS + " from decision_record where code_id = ? order by decided_at, id")
                .param(codeId).query(DecisionRecordRepository::decision).list();
    }

    Page<DecisionRecord> findByCodeIdOrderByDecidedAtAscIdAsc(Long codeId, Pageable page) {
        List<DecisionRecord> content = jdbc.sql("select " + COLUMNS
                + " from decision_record where code_id = ? order by decided_at, id limit ? offset ?")
                .params(codeId, page.getPageSize(), page.getOffset()).query(DecisionRecordRepository::decision).list();
        // Counted only when the page does not tell: a first page with room left holds them all.
        return PageableExecutionUtils.getPage(content, page, () -> jdbc
                .sql("select count(*) from decision_record where code_id = ?")
                .param(codeId).query(Long.class).single());
    }

    private static DecisionRecord decision(ResultSet rs, int row) throws SQLException {
        return new DecisionRecord(rs.getLong("id"), nullableLong(rs, "code_id"), nullableLong(rs, "version_id"),
                enumValue(rs, "kind", DecisionKind.class), rs.getString("decision"), rs.getString("comment"),
                rs.getString("actor"), instant(rs, "decided_at"));
    }
}
