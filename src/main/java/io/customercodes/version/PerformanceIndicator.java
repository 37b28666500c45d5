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

    /** The indicator of the model code's version this one was copied from. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "model_indicator_id")
    private PerformanceIndicator modelIndicator;

    protected PerformanceIndicator() {
    }

    PerformanceIndicator(CodeVersion version, int position, IndicatorDraft draft, PerformanceIndicator modelIndicator) {
        this.modelIndicator = modelIndicator;
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

    /** 1-based, in the order the version lists its indicators. */
    public int getNumber() {
        return position + 1;
    }

    public PerformanceIndicator getModelIndicator() {
        return modelIndicator;
    }

    /**
     * Whether this target asks less than the other one (same comparison, lower minimum or higher maximum), or
     * compares the other way.
     */
    public boolean isLooserThan(PerformanceIndicator other) {
        // getters: the other one may be a lazy proxy, whose fields stay empty
        if (comparison != other.getComparison()) {
            return true;
        }
        int c = targetValue.compareTo(other.getTargetValue());
        return comparison == Comparison.AT_LEAST ? c < 0 : c > 0;
    }

    /** "≥ 95 %" */
    public String getTargetText() {
        String value = targetValue.stripTrailingZeros().toPlainString();
        return comparison.symbol() + " " + value + (unit == null || unit.isBlank() ? "" : " " + unit);
    }
}
