package io.customercodes.review;

import io.customercodes.code.Code;
import io.customercodes.code.CodeRepository;
import io.customercodes.measurement.IndicatorReadings;
import io.customercodes.system.Subjects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The inputs of the review-interval decision: complaints reported at the last review and indicator
 * targets the latest readings miss.
 */
@Component("assessPerformance")
class AssessPerformanceDelegate implements JavaDelegate {

    private final CodeRepository codes;
    private final CodeReviewRepository reviews;
    private final IndicatorReadings readings;

    private final Subjects subjects;

    AssessPerformanceDelegate(CodeRepository codes, CodeReviewRepository reviews, IndicatorReadings readings,
            Subjects subjects) {
        this.subjects = subjects;
        this.codes = codes;
        this.reviews = reviews;
        this.readings = readings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Code code = codes.getCode(subjects.of(execution).getCodeId());
        int complaints = reviews.lastDecided(code.getId()).map(CodeReview::getComplaintsReceived).orElse(0);
        execution.setVariable("reviewIntervalMonths", code.getReviewIntervalMonths());
        execution.setVariable("complaintsSinceLastReview", complaints);
        execution.setVariable("missedIndicatorTargets", readings.missedTargets(code));
    }
}
