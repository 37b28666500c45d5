package io.customercodes.code;

import io.customercodes.adoption.ModelUpdates;
import io.customercodes.system.EngineClock;
import io.customercodes.system.Subjects;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Stores the next review date on the code, as many months ahead as the review-interval decision said;
 * the lifecycle's timer waits for it. A code whose model code published a new version while the code was being
 * developed or reviewed has its next review today, so that the model's change is not left for months.
 */
@Component("scheduleReview")
class ScheduleReviewDelegate implements JavaDelegate {

    static final LocalTime REVIEW_TIME = LocalTime.of(8, 0);

    private final CodeRepository codes;

    private final Subjects subjects;
    private final ModelUpdates modelUpdates;

    ScheduleReviewDelegate(CodeRepository codes, Subjects subjects, ModelUpdates modelUpdates) {
        this.modelUpdates = modelUpdates;
        this.subjects = subjects;
        this.codes = codes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Code code = codes.getCode(subjects.of(execution).getCodeId());
        Object decided = execution.getVariable("monthsUntilNextReview");
        int months = decided instanceof Number n ? n.intValue() : code.getReviewIntervalMonths();
        code.scheduleNextReview(modelUpdates.awaitsReview(code.getId()) ? EngineClock.today()
                : EngineClock.today().plusMonths(months));
        codes.save(code);
        execution.setVariable("nextReviewDate",
                Date.from(code.getNextReviewOn().atTime(REVIEW_TIME).atZone(EngineClock.zone()).toInstant()));
    }
}
