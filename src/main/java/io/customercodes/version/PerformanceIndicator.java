package io.customercodes.version;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** A measurable target that shows whether a promise is kept. */
@Entity
public class PerformanceIndicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private CodeVersion version;

    private int position;

    private String name;

    private Integer promiseNumber;

    @Enumerated(EnumType.STRING)
    private Comparison comparison;

    private BigDecimal targetValue;

    private String unit;

    protected PerformanceIndicator() {
    }

    PerformanceIndicator(CodeVersion version, int position, IndicatorDraft draft) {
        this.version = version;
        this.position = position;
        this.name = draft.name();
        this.promiseNumber = draft.promiseNumber();
        this.comparison = draft.comparison();
        this.targetValue = draft.targetValue();
        this.unit = draft.unit();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Integer getPromiseNumber() {
        return promiseNumber;
    }

    public Comparison getComparison() {
        return comparison;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public String getUnit() {
        return unit;
    }

    /** "≥ 95 %" */
    public String getTargetText() {
        String value = targetValue.stripTrailingZeros().toPlainString();
        return comparison.symbol() + " " + value + (unit == null || unit.isBlank() ? "" : " " + unit);
    }
}
