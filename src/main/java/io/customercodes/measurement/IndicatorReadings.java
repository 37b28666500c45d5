package io.customercodes.measurement;

import io.customercodes.code.Code;
import io.customercodes.code.UnknownCodeException;
import io.customercodes.system.EngineClock;
import io.customercodes.system.InvalidFormInputException;
import io.customercodes.version.CodeVersion;
import io.customercodes.version.PerformanceIndicator;
import io.customercodes.version.VersionLifecycle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Readings are recorded against the indicators of the code's published version. */
@Service
@Transactional
public class IndicatorReadings {

    private final IndicatorReadingRepository readings;
    private final VersionLifecycle lifecycle;

    IndicatorReadings(IndicatorReadingRepository readings, VersionLifecycle lifecycle) {
        this.readings = readings;
        this.lifecycle = lifecycle;
    }

    public IndicatorReading record(Code code, Long indicatorId, BigDecimal value, LocalDate measuredOn, String note,
            String actor) {
        PerformanceIndicator indicator = publishedIndicators(code).stream()
                .filter(i -> i.getId().equals(indicatorId)).findFirst()
                .orElseThrow(() -> new InvalidFormInputException("indicatorId", "indicator " + indicatorId
                        + " is not an indicator of the published version of " + code.getKey()));
        if (value == null) {
            throw new InvalidFormInputException("value", "a reading needs a value");
        }
        LocalDate day = measuredOn == null ? EngineClock.today() : measuredOn;
        if (day.isAfter(EngineClock.today())) {
            throw new InvalidFormInputException("measuredOn", "cannot be in the future");
        }
        return readings.save(new IndicatorReading(indicator.getId(), day, value, blankToNull(note), actor,
                EngineClock.now()));
    }

    @Transactional(readOnly = true)
    public List<IndicatorStatus> status(Code code) {
        List<PerformanceIndicator> indicators = publishedIndicators(code);
        Map<Long, IndicatorReading> latest = indicators.isEmpty() ? Map.of()
                : readings.latestOf(indicators.stream().map(PerformanceIndicator::getId).toList()).stream()
                        .collect(Collectors.toMap(IndicatorReading::getIndicatorId, Function.identity()));
        return indicators.stream().map(i -> status(i, Optional.ofNullable(latest.get(i.getId())))).toList();
    }

    /** The readings of one indicator of the published version, oldest first (the id breaking ties). */
    @Transactional(readOnly = true)
    public List<IndicatorReading> history(Code code, Long indicatorId) {
        checkPublished(code, indicatorId);
        return readings.findByIndicatorIdOrderByMeasuredOnAscRecordedAtAscIdAsc(indicatorId);
    }

    /** One page of the readings of one indicator of the published version, oldest first. */
    @Transactional(readOnly = true)
    public Page<IndicatorReading> history(Code code, Long indicatorId, Pageable page) {
        checkPublished(code, indicatorId);
        return readings.findByIndicatorIdOrderByMeasuredOnAscRecordedAtAscIdAsc(indicatorId, page);
    }

    private void checkPublished(Code code, Long indicatorId) {
        if (publishedIndicators(code).stream().noneMatch(i -> i.getId().equals(indicatorId))) {
            throw new UnknownCodeException(code.getKey() + " indicator " + indicatorId);
        }
    }

    /** How many indicators of the published version miss their target at their latest reading. */
    @Transactional(readOnly = true)
    public int missedTargets(Code code) {
        return (int) status(code).stream().filter(IndicatorStatus::missed).count();
    }

    private static IndicatorStatus status(PerformanceIndicator indicator, Optional<IndicatorReading> latest) {
        BigDecimal value = latest.map(IndicatorReading::getValue).orElse(null);
        return new IndicatorStatus(indicator.getId(), indicator.getName(), indicator.getPromiseNumber(),
                indicator.getComparison().name(), indicator.getTargetValue(), indicator.getUnit(),
                indicator.getTargetText(), value, latest.map(IndicatorReading::getMeasuredOn).orElse(null),
                value == null ? null : indicator.getComparison().isMet(value, indicator.getTargetValue()));
    }

    private List<PerformanceIndicator> publishedIndicators(Code code) {
        return lifecycle.published(code).map(CodeVersion::getIndicators).orElse(List.of());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
