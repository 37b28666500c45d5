package io.customercodes.implementation;

import static io.customercodes.system.jdbc.Rows.instant;
import static io.customercodes.system.jdbc.Rows.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class VersionImplementationRepository {

    private final JdbcClient jdbc;

    VersionImplementationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version's record, or a new one that {@link #save} will insert. */
    public VersionImplementation forVersion(Long versionId) {
        return findById(versionId).orElseGet(() -> new VersionImplementation(versionId));
    }

    public Optional<VersionImplementation> findById(Long versionId) {
        return jdbc.sql("""
                select version_id, complaints_open_since, measurement_started_at, channels, accessibility_measures,
                       made_available_by, made_available_at
                from version_implementation where version_id = ?""")
                .param(versionId).query(VersionImplementationRepository::implementation).optional();
    }

    public void save(VersionImplementation record) {
        Object[] values = {utc(record.getComplaintsOpenSince()), utc(record.getMeasurementStartedAt()),
                record.getChannels(), record.getAccessibilityMeasures(), record.getMadeAvailableBy(),
                utc(record.getMadeAvailableAt()), record.getVersionId()};
        int updated = jdbc.sql("""
                update version_implementation set complaints_open_since = ?, measurement_started_at = ?,
                    channels = ?, accessibility_measures = ?, made_available_by = ?, made_available_at = ?
                where version_id = ?""").params(values).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into version_implementation (complaints_open_since, measurement_started_at, channels,
                        accessibility_measures, made_available_by, made_available_at, version_id)
                    values (?, ?, ?, ?, ?, ?, ?)""").params(values).update();
        }
    }

    private static VersionImplementation implementation(ResultSet rs, int row) throws SQLException {
        return new VersionImplementation(rs.getLong("version_id"), instant(rs, "complaints_open_since"),
                instant(rs, "measurement_started_at"), rs.getString("channels"),
                rs.getString("accessibility_measures"), rs.getString("made_available_by"),
                instant(rs, "made_available_at"));
    }
}
