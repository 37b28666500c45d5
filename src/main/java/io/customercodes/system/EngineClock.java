package io.customercodes.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock. Domain timestamps follow it so that process tests which move the engine's
 * clock to fire timers see consistent dates in the database.
 */
public final class EngineClock {

    private EngineClock() {
    }

    /** The organization's time zone ({@code customer-codes.time-zone}, else the server's). */
    public static ZoneId zone() {
        return ZoneId.systemDefault();
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public static LocalDate today() {
        return LocalDate.ofInstant(now(), zone());
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone());
    }
}
