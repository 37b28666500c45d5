package io.customercodes.measurement;

import io.customercodes.system.DisplayDates;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An indicator of the published version with its latest reading held against the target. */
public record IndicatorStatus(Long indicatorId, String name, Integer promiseNumber, String comparison,
        BigDecimal targetValue, String unit, String target, BigDecimal latestValue, LocalDate measuredOn,
        Boolean met) {

    public boolean missed() {
        return Boolean.FALSE.equals(met);
    }

    /** The latest reading with its unit and day, e.g. "96.4 % on 25 November 2026". */
    public String latestText() {
        return latestValue == null ? "no reading yet"
                : latestValue.stripTrailingZeros().toPlainString() + (unit == null ? "" : " " + unit) + " on "
                        + DisplayDates.date(measuredOn);
    }

    public String describe() {
        return name + ": target " + target + ", " + latestText()
                + (met == null ? "" : Boolean.TRUE.equals(met) ? " (met)" : " (missed)");
    }
}
