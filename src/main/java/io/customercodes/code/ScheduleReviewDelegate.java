package io.customercodes.code;

import io.customercodes.system.EngineClock;
import io.customercodes.system.Subjects;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Stores the next review date on the code, as many months ahead as the review-interval decision said;
 * the lifecycle's timer waits for it.
 */
@Component("scheduleReview")
class ScheduleReviewDelegate implements JavaDelegate {

    static final LocalTime REVIEW_TIME = LocalTime.of(8, 0);

    private final CodeRepository codes;

    private final Subjects subjects;

    ScheduleReviewDelegate(CodeRepository codes, Subjects subjects) {
        this.subjects = subjects;
        this.codes = codes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Code code = codes.getCode(subjects.of(execution).getCodeId());
        Object decided = execution.getVariable("monthsUntilNextReview");
        int months = decided instanceof Number n ? n.intValue() : code.getReviewIntervalMonths();
        code.scheduleNextReview(EngineClock.today().plusMonths(months));
        execution.setVariable("nextReviewDate",
                Date.from(code.getNextReviewOn().atTime(REVIEW_TIME).atZone(EngineClock.zone()).toInstant()));
    }
}
