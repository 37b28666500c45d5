package io.customercodes.review;

import io.customercodes.code.Code;
import io.customercodes.code.CodeRepository;
import io.customercodes.system.EngineClock;
import io.customercodes.version.CodeVersion;
import io.customercodes.version.PerformanceIndicator;
import io.customercodes.version.VersionLifecycle;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens a review and snapshots what it is based on (ISO 10001 clauses 8.1 to 8.3). */
@Component("collectReviewData")
class CollectReviewDataDelegate implements JavaDelegate {

    private final CodeRepository codes;
    private final VersionLifecycle lifecycle;
    private final CodeReviewRepository reviews;

    CollectReviewDataDelegate(CodeRepository codes, VersionLifecycle lifecycle, CodeReviewRepository reviews) {
        this.codes = codes;
        this.lifecycle = lifecycle;
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Code code = codes.getByKey((String) execution.getVariable("codeKey"));
        Optional<CodeVersion> published = lifecycle.published(code);
        CodeReview review = reviews.save(new CodeReview(code.getId(), published.map(CodeVersion::getId).orElse(null),
                code.getNextReviewOn(), EngineClock.now(), summary(code, published)));
        execution.setVariable("reviewId", review.getId());
    }

    private static String summary(Code code, Optional<CodeVersion> published) {
        StringBuilder md = new StringBuilder("### Review of ").append(code.getTitle()).append(" (")
                .append(code.getKey()).append(")\n\n");
        md.append("Review due on ").append(code.getNextReviewOn() == null ? "—" : code.getNextReviewOn())
                .append(", interval ").append(code.getReviewIntervalMonths()).append(" months.\n\n");
        if (published.isEmpty()) {
            return md.append("_No version is published._\n").toString();
        }
        CodeVersion version = published.get();
        md.append("Published version ").append(version.getNumber()).append(" since ")
                .append(version.getPublishedAt()).append(", ").append(version.getPromises().size())
                .append(" promises.\n\n#### Performance indicators\n\n");
        if (version.getIndicators().isEmpty()) {
            md.append("_The version defines no indicators._\n");
        }
        for (PerformanceIndicator indicator : version.getIndicators()) {
            md.append("- ").append(indicator.getName()).append(": target ").append(indicator.getTargetText())
                    .append('\n');
        }
        return md.toString();
    }
}
