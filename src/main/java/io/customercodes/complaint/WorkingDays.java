package io.customercodes.complaint;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Monday to Friday; public holidays differ by country and are not counted out. */
final class WorkingDays {

    private WorkingDays() {
    }

    /** The working day that is {@code days} working days after {@code from} (from itself not counted). */
    static LocalDate after(LocalDate from, int days) {
        LocalDate date = from;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** The working day {@code days} working days before {@code date}, but never before {@code notBefore}. */
    static LocalDate before(LocalDate date, int days, LocalDate notBefore) {
        LocalDate result = date;
        int counted = 0;
        while (counted < days && result.isAfter(notBefore)) {
            result = result.minusDays(1);
            if (isWorkingDay(result)) {
                counted++;
            }
        }
        return result.isBefore(notBefore) ? notBefore : result;
    }

    static boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
