package io.customercodes.complaint;

import io.customercodes.system.EngineClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

/** The deadlines of one complaint, all derived from its promised response date. */
final class ComplaintDates {

    static final int REMINDER_WORKING_DAYS = 2;
    static final int ANSWER_DAYS = 14;

    private ComplaintDates() {
    }

    /** The end of a day: a task due "on" a date is overdue from the next morning. */
    static Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(EngineClock.zone()).toInstant();
    }

    static Date responseDue(Complaint complaint) {
        return Date.from(endOf(complaint.getResponseDueOn()));
    }

    /** Two working days before the due date, or halfway there when the promised time is that short. */
    static Date responseReminderAt(Complaint complaint) {
        Instant twoDaysBefore = WorkingDays.before(complaint.getResponseDueOn(), REMINDER_WORKING_DAYS,
                EngineClock.dateOf(complaint.getReceivedAt())).atStartOfDay(EngineClock.zone()).toInstant();
        Instant received = complaint.getReceivedAt();
        Instant halfway = received.plus(Duration.between(received, endOf(complaint.getResponseDueOn())).dividedBy(2));
        return Date.from(twoDaysBefore.isAfter(halfway) ? twoDaysBefore : halfway);
    }

    /** Assessment within two working days, and never after the response is due. */
    static Date assessmentDue(Complaint complaint) {
        return Date.from(earlier(endOf(WorkingDays.after(EngineClock.dateOf(complaint.getReceivedAt()), 2)),
                endOf(complaint.getResponseDueOn())));
    }

    /** Fast track: the next working day. Otherwise two working days before the response is due. */
    static Date investigationDue(Complaint complaint, LocalDate today) {
        Instant due = complaint.isSafetyIssue() ? endOf(WorkingDays.after(today, 1))
                : endOf(WorkingDays.before(complaint.getResponseDueOn(), REMINDER_WORKING_DAYS, today));
        return Date.from(earlier(due, endOf(complaint.getResponseDueOn())));
    }

    static Date answerDue(Instant respondedAt) {
        return Date.from(respondedAt.plus(Duration.ofDays(ANSWER_DAYS)));
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
