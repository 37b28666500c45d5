package io.customercodes.review;

import io.customercodes.code.Code;
import io.customercodes.code.CodeRepository;
import io.customercodes.measurement.IndicatorReadings;
import io.customercodes.satisfaction.SatisfactionAnswers;
import io.customercodes.system.EngineClock;
import io.customercodes.system.Subjects;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The inputs of the review-interval decision: complaints reported at the last review and indicator
 * targets the latest readings miss, and customers' average satisfaction with the code over the period the last
 * review looked at, until now (null when nobody answered).
 */
@Component("assessPerformance")
class AssessPerformanceDelegate implements JavaDelegate {

    private final CodeRepository codes;
    private final CodeReviewRepository reviews;
    private final IndicatorReadings readings;
    private final SatisfactionAnswers satisfaction;

    private final Subjects subjects;

    AssessPerformanceDelegate(CodeRepository codes, CodeReviewRepository reviews, IndicatorReadings readings,
            SatisfactionAnswers satisfaction, Subjects subjects) {
        this.satisfaction = satisfaction;
        this.subjects = subjects;
        this.codes = codes;
        this.reviews = reviews;
        this.readings = readings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Code code = codes.getCode(subjects.of(execution).getCodeId());
        Optional<CodeReview> last = reviews.lastDecided(code.getId());
        int complaints = last.map(CodeReview::getComplaintsReceived).orElse(0);
        SatisfactionAnswers.Period answers = satisfaction.period(code, periodStart(code, last),
                EngineClock.today().plusDays(1));
        execution.setVariable("reviewIntervalMonths", code.getReviewIntervalMonths());
        execution.setVariable("complaintsSinceLastReview", complaints);
        execution.setVariable("missedIndicatorTargets", readings.missedTargets(code));
        execution.setVariable("averageSatisfactionScore", answers.average());
        execution.setVariable("satisfactionAnswers", answers.answers());
    }

    /** Where the data of the last review began: the review before it, or the code's creation. */
    private LocalDate periodStart(Code code, Optional<CodeReview> last) {
        Instant start = last.flatMap(review -> reviews.findByCodeIdOrderByStartedAtAsc(code.getId()).stream()
                        .filter(r -> r.getDecision() != null && r.getStartedAt().isBefore(review.getStartedAt()))
                        .reduce((first, second) -> second).map(CodeReview::getStartedAt))
                .orElse(code.getCreatedAt());
        return EngineClock.dateOf(start);
    }
}
