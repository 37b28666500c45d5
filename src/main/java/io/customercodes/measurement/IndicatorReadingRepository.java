package io.customercodes.measurement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorReadingRepository extends JpaRepository<IndicatorReading, Long> {

    Optional<IndicatorReading> findFirstByIndicatorIdOrderByMeasuredOnDescRecordedAtDesc(Long indicatorId);

    List<IndicatorReading> findByIndicatorIdOrderByMeasuredOnAscRecordedAtAscIdAsc(Long indicatorId);

    /** One page of an indicator's readings, oldest first, the id breaking ties. */
    Page<IndicatorReading> findByIndicatorIdOrderByMeasuredOnAscRecordedAtAscIdAsc(Long indicatorId, Pageable page);
}
