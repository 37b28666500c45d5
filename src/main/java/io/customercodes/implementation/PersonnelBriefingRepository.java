package io.customercodes.implementation;

import static io.customercodes.system.jdbc.Rows.enumValue;
import static io.customercodes.system.jdbc.Rows.instant;
import static io.customercodes.system.jdbc.Rows.utc;

import io.customercodes.system.jdbc.Inserts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class PersonnelBriefingRepository {

    private final JdbcClient jdbc;

    PersonnelBriefingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PersonnelBriefing save(PersonnelBriefing briefing) {
        long id = Inserts.returningId(jdbc.sql("""
                insert into personnel_briefing
                    (version_id, team, method, acknowledged_by, notes, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(briefing.getVersionId(), briefing.getTeam(), briefing.getMethod().name(),
                        briefing.getAcknowledgedBy(), briefing.getNotes(), briefing.getRecordedBy(),
                        utc(briefing.getRecordedAt())));
        return new PersonnelBriefing(id, briefing.getVersionId(), briefing.getTeam(), briefing.getMethod(),
                briefing.getAcknowledgedBy(), briefing.getNotes(), briefing.getRecordedBy(),
                briefing.getRecordedAt());
    }

    public List<PersonnelBriefing> findByVersionIdOrderByIdAsc(Long versionId) {
        return jdbc.sql("""
                select id, version_id, team, method, acknowledged_by, notes, recorded_by, recorded_at
                from personnel_briefing where version_id = ? order by id""")
                .param(versionId).query(PersonnelBriefingRepository::briefing).list();
    }

    private static PersonnelBriefing briefing(ResultSet rs, int row) throws SQLException {
        return new PersonnelBriefing(rs.getLong("id"), rs.getLong("version_id"), rs.getString("team"),
                enumValue(rs, "method", BriefingMethod.class), rs.getString("acknowledged_by"),
                rs.getString("notes"), rs.getString("recorded_by"), instant(rs, "recorded_at"));
    }
}
