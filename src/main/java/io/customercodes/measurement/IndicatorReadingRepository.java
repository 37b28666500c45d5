package io.customercodes.measurement;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndicatorReadingRepository extends JpaRepository<IndicatorReading, Long> {

    /**
     * The latest reading of each of the indicators (measured last, then recorded last, then the highest id), in one
     * statement for all of them.
     */
    @Query(value = "select r.* from indicator_reading r where r.indicator_id in ?1 and not exists (select later.id"
            + " from indicator_reading later where later.indicator_id = r.indicator_id"
            + " and (later.measured_on > r.measured_on or (later.measured_on = r.measured_on"
            + " and (later.recorded_at > r.recorded_at or (later.recorded_at = r.recorded_at and later.id > r.id)))))",
            nativeQuery = true)
    List<IndicatorReading> latestOf(Collection<Long> indicatorIds);

    List<IndicatorReading> findByIndicatorIdOrderByMeasuredOnAscRecordedAtAscIdAsc(Long indicatorId);

    /** One page of an indicator's readings, oldest first, the id breaking ties. */
    Page<IndicatorReading> findByIndicatorIdOrderByMeasuredOnAscRecordedAtAscIdAsc(Long indicatorId, Pageable page);
}
