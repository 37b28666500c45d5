package io.customercodes.review;

import io.customercodes.adoption.ModelUpdates;
import io.customercodes.code.Code;
import io.customercodes.code.CodeRepository;
import io.customercodes.complaint.ComplaintStatistics;
import io.customercodes.measurement.IndicatorReadings;
import io.customercodes.measurement.IndicatorStatus;
import io.customercodes.satisfaction.SatisfactionSummary;
import io.customercodes.system.DisplayDates;
import io.customercodes.system.EngineClock;
import io.customercodes.system.Subjects;
import io.customercodes.version.CodeVersion;
import io.customercodes.version.VersionLifecycle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens a review and snapshots what it is based on (ISO 10001 clauses 8.1 to 8.3): indicator readings and
 * the complaints received since the last review, counted from complaint handling rather than typed in, and
 * customers' answers to the satisfaction question of the code's public page.
 */
@Component("collectReviewData")
class CollectReviewDataDelegate implements JavaDelegate {

    private final CodeRepository codes;
    private final VersionLifecycle lifecycle;
    private final IndicatorReadings readings;
    private final CodeReviewRepository reviews;
    private final ComplaintStatistics complaints;
    private final SatisfactionSummary satisfaction;

    private final Subjects subjects;
    private final ModelUpdates modelUpdates;

    CollectReviewDataDelegate(CodeRepository codes, VersionLifecycle lifecycle, IndicatorReadings readings,
            CodeReviewRepository reviews, ComplaintStatistics complaints, SatisfactionSummary satisfaction,
            Subjects subjects, ModelUpdates modelUpdates) {
        this.modelUpdates = modelUpdates;
        this.satisfaction = satisfaction;
        this.subjects = subjects;
        this.complaints = complaints;
        this.codes = codes;
        this.lifecycle = lifecycle;
        this.readings = readings;
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Code code = codes.getCode(subjects.of(execution).getCodeId());
        Optional<CodeVersion> published = lifecycle.published(code);
        List<IndicatorStatus> indicators = readings.status(code);
        ReviewTrigger trigger = "AD_HOC".equals(execution.getVariable("reviewTrigger"))
                ? ReviewTrigger.AD_HOC : ReviewTrigger.SCHEDULED;
        int missed = (int) indicators.stream().filter(IndicatorStatus::missed).count();
        Optional<CodeReview> previous = previous(code);
        // From the previous review's snapshot on, so that every complaint is counted by exactly one review.
        Instant since = previous.map(CodeReview::getStartedAt).orElse(code.getCreatedAt());
        Instant now = EngineClock.now();
        ComplaintStatistics.Summary received = complaints.summary(code, since, now);
        CodeReview review = reviews.save(new CodeReview(code.getId(), published.map(CodeVersion::getId).orElse(null),
                code.getNextReviewOn(), now, trigger, missed, received.received(),
                summary(code, published, indicators, trigger, previous)
                        + modelUpdates.pendingMarkdown(code.getId()) + "\n" + complaints.markdown(code, since, now)
                        + "\n" + satisfaction.markdown(code, EngineClock.dateOf(since), EngineClock.dateOf(now).plusDays(1))
                        + "\n" + charts(code)));
        modelUpdates.shownIn(code.getId(), review.getId());
        code.reviewStarted();
        codes.save(code);
        subjects.nowOnReview(execution, review.getId());
        execution.setVariable("reviewId", review.getId());
    }

    /**
     * Tasklist loads the image with the reviewer's own session (the charts pages accept it); the chart shows the
     * answers as they are when it is opened, the figures above are those of the review's start.
     */
    private static String charts(Code code) {
        String page = "/manage/codes/" + code.getKey();
        return "#### Charts\n\n![Satisfaction with the code per month](" + page + "/charts/satisfaction.svg)\n\n"
                + "Indicators against their targets and complaints per month: [charts of " + code.getKey() + "]("
                + page + ")\n";
    }

    private Optional<CodeReview> previous(Code code) {
        return reviews.lastDecided(code.getId());
    }

    private static String summary(Code code, Optional<CodeVersion> published, List<IndicatorStatus> indicators,
            ReviewTrigger trigger, Optional<CodeReview> previous) {
        StringBuilder md = new StringBuilder("### Review of ").append(code.getTitle()).append(" (")
                .append(code.getKey()).append(")\n\n");
        md.append(trigger == ReviewTrigger.AD_HOC ? "Ad-hoc review, " : "Scheduled review, ")
                .append("due on ").append(DisplayDates.date(code.getNextReviewOn()))
                .append(", interval ").append(code.getReviewIntervalMonths()).append(" months.\n\n");
        previous.ifPresent(p -> md.append("Last review decided **").append(p.getDecision() == null ? "nothing"
                : p.getDecision().label()).append("** on ")
                .append(DisplayDates.date(p.getDecidedAt())).append(" by ").append(p.getDecidedBy())
                .append(p.getComplaintsReceived() == null ? "" : ", with " + p.getComplaintsReceived()
                        + " complaints received").append(".\n\n"));
        if (published.isEmpty()) {
            return md.append("_No version is published._\n").toString();
        }
        CodeVersion version = published.get();
        md.append("Published version ").append(version.getNumber()).append(" since ")
                .append(DisplayDates.date(version.getPublishedAt())).append(", ")
                .append(version.getPromises().size()).append(" promises.\n\n#### Performance indicators\n\n");
        if (indicators.isEmpty()) {
            md.append("_The version defines no indicators._\n");
        }
        for (IndicatorStatus indicator : indicators) {
            md.append("- ").append(indicator.describe()).append('\n');
        }
        return md.toString();
    }
}
