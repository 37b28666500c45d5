package io.customercodes.review;

import io.customercodes.system.EngineClock;
import java.time.Instant;
import java.time.LocalDate;

final class LocalDateOf {

    private LocalDateOf() {
    }

    static LocalDate instant(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, EngineClock.zone());
    }
}
