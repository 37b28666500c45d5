package io.customercodes.measurement;

import static io.customercodes.system.jdbc.Rows.date;
import static io.customercodes.system.jdbc.Rows.instant;
import static io.customercodes.system.jdbc.Rows.utc;

import io.customercodes.system.jdbc.Inserts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class IndicatorReadingRepository {

    private static final String SELECT = """
            select r.id, r.indicator_id, r.measured_on, r.reading_value, r.note, r.recorded_by, r.recorded_at
            from indicator_reading r""";

    private final JdbcClient jdbc;

    IndicatorReadingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    IndicatorReading save(IndicatorReading r) {
        long id = Inserts.returningId(jdbc.sql("""
                insert into indicator_reading (indicator_id, measured_on, reading_value, note, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(r.getIndicatorId(), r.getMeasuredOn(), r.getValue(), r.getNote(), r.getRecordedBy(),
                        utc(r.getRecordedAt())));
        return new IndicatorReading(id, r.getIndicatorId(), r.getMeasuredOn(), r.getValue(), r.getNote(),
                r.getRecordedBy(), r.getRecordedAt());
    }

    /**
     * The latest reading of each of the indicators (measured last, then recorded last, then the highest id), in one
     * statement for all of them.
     */
    List<IndicatorReading> latestOf(Collection<Long> indicatorIds) {
        return jdbc.sql(SELECT + "\n" + """
                where r.indicator_id in (:indicators) and not exists (select later.id
                    from indicator_reading later where later.indicator_id = r.indicator_id
                    and (later.measured_on > r.measured_on or (later.measured_on = r.measured_on
                    and (later.recorded_at > r.recorded_at or (later.recorded_at = r.recorded_at and later.id > r.id)))))""")
                .param("indicators", indicatorIds).query(IndicatorReadingRepository::reading).list();
    }

    List<IndicatorReading> findByIndicatorIdOrderByMeasuredOnAscRecordedAtAscIdAsc(Long indicatorId) {
        return jdbc.sql(SELECT + " where r.indicator_id = ? order by r.measured_on, r.recorded_at, r.id")
                .param(indicatorId).query(IndicatorReadingRepository::reading).list();
    }

    /** One page of an indicator's readings, oldest first, the id breaking ties. */
    Page<IndicatorReading> findByIndicatorIdOrderByMeasuredOnAscRecordedAtAscIdAsc(Long indicatorId, Pageable page) {
        List<IndicatorReading> content = jdbc.sql(SELECT
                + " where r.indicator_id = ? order by r.measured_on, r.recorded_at, r.id limit ? offset ?")
                .params(indicatorId, page.getPageSize(), page.getOffset())
                .query(IndicatorReadingRepository::reading).list();
        // Counted only when the page does not tell: a first page with room left holds them all.
        return PageableExecutionUtils.getPage(content, page, () -> jdbc
                .sql("select count(*) from indicator_reading where indicator_id = ?")
                .param(indicatorId).query(Long.class).single());
    }

    private static IndicatorReading reading(ResultSet rs, int row) throws SQLException {
        return new IndicatorReading(rs.getLong("id"), rs.getLong("indicator_id"), date(rs, "measured_on"),
                rs.getBigDecimal("reading_value"), rs.getString("note"), rs.getString("recorded_by"),
                instant(rs, "recorded_at"));
    }
}
