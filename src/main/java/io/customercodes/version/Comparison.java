package io.customercodes.version;

import java.math.BigDecimal;

/** How a reading is held against an indicator's target. */
public enum Comparison {
    AT_LEAST("≥"),
    AT_MOST("≤");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean isMet(BigDecimal reading, BigDecimal target) {
        int c = reading.compareTo(target);
        return this == AT_LEAST ? c >= 0 : c <= 0;
    }
}
