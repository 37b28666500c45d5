package io.customercodes.measurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One measured value of a performance indicator; readings are facts and never change. */
public class IndicatorReading {

    private final Long id;

    private final Long indicatorId;

    private final LocalDate measuredOn;

    private final BigDecimal value;

    private final String note;

    private final String recordedBy;

    private final Instant recordedAt;

    IndicatorReading(Long indicatorId, LocalDate measuredOn, BigDecimal value, String note, String recordedBy,
            Instant recordedAt) {
        this(null, indicatorId, measuredOn, value, note, recordedBy, recordedAt);
    }

    IndicatorReading(Long id, Long indicatorId, LocalDate measuredOn, BigDecimal value, String note,
            String recordedBy, Instant recordedAt) {
        this.id = id;
        this.indicatorId = indicatorId;
        this.measuredOn = measuredOn;
        this.value = value;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getIndicatorId() {
        return indicatorId;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
