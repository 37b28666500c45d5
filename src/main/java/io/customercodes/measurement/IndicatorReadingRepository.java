package io.customercodes.measurement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorReadingRepository extends JpaRepository<IndicatorReading, Long> {

    Optional<IndicatorReading> findFirstByIndicatorIdOrderByMeasuredOnDescRecordedAtDesc(Long indicatorId);

    List<IndicatorReading> findByIndicatorIdOrderByMeasuredOnAscRecordedAtAsc(Long indicatorId);
}
