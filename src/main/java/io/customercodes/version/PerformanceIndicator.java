package io.customercodes.version;

import java.math.BigDecimal;

/** A measurable target that shows whether a promise is kept. */
public class PerformanceIndicator {

    private final Long id;
    private final int position;
    private final String name;
    private final Integer promiseNumber;
    private final Comparison comparison;
    private final BigDecimal targetValue;
    private final String unit;

    /** The indicator of the model code's version this one was copied from, and its number there. */
    private final Long modelIndicatorId;
    private final Integer modelIndicatorNumber;

    PerformanceIndicator(Long id, int position, IndicatorDraft draft, Long modelIndicatorId,
            Integer modelIndicatorNumber) {
        this.id = id;
        this.position = position;
        this.name = draft.name();
        this.promiseNumber = draft.promiseNumber();
        this.comparison = draft.comparison();
        this.targetValue = draft.targetValue();
        this.unit = draft.unit();
        this.modelIndicatorId = modelIndicatorId;
        this.modelIndicatorNumber = modelIndicatorNumber;
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

    int getPosition() {
        return position;
    }

    public Long getModelIndicatorId() {
        return modelIndicatorId;
    }

    public Integer getModelIndicatorNumber() {
        return modelIndicatorNumber;
    }

    /**
     * Whether this target asks less than the other one (same comparison, lower minimum or higher maximum), or
     * compares the other way.
     */
    public boolean isLooserThan(PerformanceIndicator other) {
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
