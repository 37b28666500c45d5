package io.customercodes.measurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One measured value of a performance indicator; readings are facts and never change. */
@Entity
public class IndicatorReading {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private Long indicatorId;

    @Column(updatable = false)
    private LocalDate measuredOn;

    @Column(name = "reading_value", updatable = false)
    private BigDecimal value;

    @Column(updatable = false)
    private String note;

    @Column(updatable = false)
    private String recordedBy;

    @Column(updatable = false)
    private Instant recordedAt;

    protected IndicatorReading() {
    }

    IndicatorReading(Long indicatorId, LocalDate measuredOn, BigDecimal value, String note, String recordedBy,
            Instant recordedAt) {
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
