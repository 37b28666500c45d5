package io.customercodes.version;

import java.math.BigDecimal;

public record IndicatorDraft(String name, Integer promiseNumber, Comparison comparison, BigDecimal targetValue,
        String unit) {
}
