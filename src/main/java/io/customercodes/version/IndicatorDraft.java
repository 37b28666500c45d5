package io.customercodes.version;

import java.math.BigDecimal;

/**
 * One indicator as drafted; in a code based on a model code, {@code modelIndicatorNumber} is the position (1-based)
 * of the model version's indicator it was copied from.
 */
public record IndicatorDraft(String name, Integer promiseNumber, Comparison comparison, BigDecimal targetValue,
        String unit, Integer modelIndicatorNumber) {

    public IndicatorDraft(String name, Integer promiseNumber, Comparison comparison, BigDecimal targetValue,
            String unit) {
        this(name, promiseNumber, comparison, targetValue, unit, null);
    }
}
