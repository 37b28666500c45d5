package io.customercodes.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.Locale;

/** Dates as the organization's locale writes them, in its time zone, for texts the app writes itself. */
public final class DisplayDates {

    private DisplayDates() {
    }

    /** "26 November 2026" in en-GB, "November 26, 2026" in en-US, "26. November 2026" in de-AT; "—" for none. */
    public static String date(LocalDate date) {
        return date == null ? "—" : formatter(FormatStyle.LONG).format(date);
    }

    public static String date(Instant instant) {
        return instant == null ? "—" : date(EngineClock.dateOf(instant));
    }

    public static String date(Date date) {
        return date == null ? "—" : date(date.toInstant());
    }

    /** Day and time of day in the organization's zone: "26 Nov 2026, 14:05" in en-GB. */
    public static String dateTime(Instant instant) {
        return instant == null ? "—" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.getDefault(Locale.Category.FORMAT)).withZone(EngineClock.zone()).format(instant);
    }

    /** With the day of the week: "Thursday 26 November 2026" in en-GB. */
    public static String dayAndDate(LocalDate date) {
        return date == null ? "—" : formatter(FormatStyle.FULL).format(date);
    }

    private static DateTimeFormatter formatter(FormatStyle style) {
        return DateTimeFormatter.ofLocalizedDate(style).withLocale(Locale.getDefault(Locale.Category.FORMAT));
    }
}
