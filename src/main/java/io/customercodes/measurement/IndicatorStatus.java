package io.customercodes.measurement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An indicator of the published version with its latest reading held against the target. */
public record IndicatorStatus(Long indicatorId, String name, Integer promiseNumber, String comparison,
        BigDecimal targetValue, String unit, String target, BigDecimal latestValue, LocalDate measuredOn,
        Boolean met) {

    public boolean missed() {
        return Boolean.FALSE.equals(met);
    }

    public String describe() {
        String reading = latestValue == null ? "no reading yet"
                : latestValue.stripTrailingZeros().toPlainString() + (unit == null ? "" : " " + unit) + " on "
                        + measuredOn + (Boolean.TRUE.equals(met) ? " (met)" : " (missed)");
        return name + ": target " + target + ", " + reading;
    }
}
