package io.customercodes.review;

import io.customercodes.system.Markdown;
import io.customercodes.system.Subjects;
import io.customercodes.version.CodeVersion;
import io.customercodes.version.CodeVersionRepository;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On create of the tasks that plan and draft a version: when the version revises a published one, shows why,
 * as the review that asked for the revision recorded it (ISO 10001 clause 8.5: improvement follows the review).
 */
@Component("revisionReasonTaskListener")
class RevisionReasonTaskListener implements TaskListener {

    static final String VARIABLE = "revisionReason";

    private final Subjects subjects;
    private final CodeVersionRepository versions;
    private final CodeReviewRepository reviews;

    RevisionReasonTaskListener(Subjects subjects, CodeVersionRepository versions, CodeReviewRepository reviews) {
        this.subjects = subjects;
        this.versions = versions;
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateTask task) {
        CodeVersion version = versions.getVersion(subjects.of(task).getVersionId());
        task.setVariableLocal(VARIABLE, reviews.revisionCause(version.getCodeId(), version.getCreatedAt())
                .map(review -> markdown(review, version)).orElse(null));
    }

    static String markdown(CodeReview review, CodeVersion revision) {
        StringBuilder md = new StringBuilder("#### Why this version is being revised\n\n");
        md.append("Version ").append(revision.getNumber()).append(" revises the code after its ")
                .append(review.getReviewTrigger() == ReviewTrigger.AD_HOC ? "ad-hoc" : "scheduled")
                .append(" review started on ").append(Markdown.when(review.getStartedAt())).append(".\n\n");
        md.append("**Evaluation** by ").append(review.getEvaluatedBy()).append(", ")
                .append(Markdown.when(review.getEvaluatedAt())).append(", recommending **")
                .append(label(review.getRecommendation())).append("**:\n\n")
                .append(review.getEvaluation() == null ? "_No evaluation written._\n\n"
                        : Markdown.quote(review.getEvaluation()));
        md.append("**Decision** by ").append(review.getDecidedBy()).append(", ")
                .append(Markdown.when(review.getDecidedAt())).append(": **").append(label(review.getDecision()))
                .append("**, because:\n\n").append(Markdown.quote(review.getRationale()));
        return md.toString();
    }

    private static String label(ReviewDecision decision) {
        return decision == null ? "none" : decision.name().charAt(0) + decision.name().substring(1)
                .toLowerCase(Locale.ROOT);
    }
}
