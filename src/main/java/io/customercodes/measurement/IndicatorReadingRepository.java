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
    @Query("select r from IndicatorReading r where r.indicatorId in ?1 and not exists (select later.id from"
            + " IndicatorReading later where later.indicatorId = r.indicatorId and (later.measuredOn > r.measuredOn"
            + " or (later.measuredOn = r.measuredOn and (later.recordedAt > r.recordedAt"
            + " or (later.recordedAt = r.recordedAt and later.id > r.id)))))")
    List<IndicatorReading> latestOf(Collection<Long> indicatorIds);

    List<IndicatorReading> findByIndicatorIdOrderByMeasuredOnAscRecordedAtAscIdAsc(Long indicatorId);

    /** One page of an indicator's readings, oldest first, the id breaking ties. */
    Page<IndicatorReading> findByIndicatorIdOrderByMeasuredOnAscRecordedAtAscIdAsc(Long indicatorId, Pageable page);
}
