package io.customercodes.consultation;

import static io.customercodes.system.jdbc.Rows.enumValue;
import static io.customercodes.system.jdbc.Rows.instant;
import static io.customercodes.system.jdbc.Rows.name;
import static io.customercodes.system.jdbc.Rows.utc;

import io.customercodes.code.InterestedParty;
import io.customercodes.system.jdbc.Inserts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class ConsultationFeedbackRepository {

    private static final String SELECT = """
            select id, version_id, round, party, position, comments, given_by, given_at
            from consultation_feedback""";

    private final JdbcClient jdbc;

    ConsultationFeedbackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ConsultationFeedback save(ConsultationFeedback f) {
        long id = Inserts.returningId(jdbc.sql("""
                insert into consultation_feedback (version_id, round, party, position, comments, given_by, given_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(f.getVersionId(), f.getRound(), f.getParty().name(), name(f.getPosition()), f.getComments(),
                        f.getGivenBy(), utc(f.getGivenAt())));
        return new ConsultationFeedback(id, f.getVersionId(), f.getRound(), f.getParty(), f.getPosition(),
                f.getComments(), f.getGivenBy(), f.getGivenAt());
    }

    public List<ConsultationFeedback> findByVersionIdAndRoundOrderByIdAsc(Long versionId, int round) {
        return jdbc.sql(SELECT + " where version_id = ? and round = ? order by id").params(versionId, round)
                .query(ConsultationFeedbackRepository::feedback).list();
    }

    public List<ConsultationFeedback> findByVersionIdOrderByRoundAscIdAsc(Long versionId) {
        return jdbc.sql(SELECT + " where version_id = ? order by round, id").param(versionId)
                .query(ConsultationFeedbackRepository::feedback).list();
    }

    public boolean existsByVersionIdAndRoundAndParty(Long versionId, int round, InterestedParty party) {
        return jdbc.sql("select count(*) from consultation_feedback where version_id = ? and round = ? and party = ?")
                .params(versionId, round, party.name()).query(Long.class).single() > 0;
    }

    private static ConsultationFeedback feedback(ResultSet rs, int row) throws SQLException {
        return new ConsultationFeedback(rs.getLong("id"), rs.getLong("version_id"), rs.getInt("round"),
                enumValue(rs, "party", InterestedParty.class), enumValue(rs, "position", ConsultationPosition.class),
                rs.getString("comments"), rs.getString("given_by"), instant(rs, "given_at"));
    }
}
