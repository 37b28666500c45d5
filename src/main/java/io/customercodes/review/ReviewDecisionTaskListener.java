package io.customercodes.review;

import static io.customercodes.system.FormValues.choice;
import static io.customercodes.system.FormValues.requiredText;

import io.customercodes.audit.DecisionKind;
import io.customercodes.audit.DecisionLog;
import io.customercodes.system.Actors;
import io.customercodes.system.EngineClock;
import io.customercodes.system.FormTaskListener;
import io.customercodes.system.Subjects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** "Decide on code": top management continues, revises or withdraws the code. */
@Component("reviewDecisionTaskListener")
class ReviewDecisionTaskListener extends FormTaskListener {

    static final String DECISION = "reviewDecision";

    private final CodeReviewRepository reviews;
    private final DecisionLog decisions;
    private final Actors actors;

    ReviewDecisionTaskListener(Subjects subjects, CodeReviewRepository reviews, DecisionLog decisions, Actors actors) {
        super(subjects);
        this.reviews = reviews;
        this.decisions = decisions;
        this.actors = actors;
    }

    @Override
    protected void prepare(DelegateTask task) {
        clearDecision(task, DECISION);
        CodeReview review = review(task);
        task.setVariableLocal("reviewDataSummary", review.getDataSummary());
        task.setVariableLocal("evaluation", review.getEvaluation());
        task.setVariableLocal("recommendation", review.getRecommendation() == null ? null
                : review.getRecommendation().name());
        task.setVariableLocal("reviewRationale", null);
    }

    @Override
    protected void submit(DelegateTask task) {
        CodeReview review = review(task);
        ReviewDecision decision = choice(task.getVariable(DECISION), ReviewDecision.class, DECISION);
        String rationale = requiredText(submitted(task, "reviewRationale"), "reviewRationale");
        String actor = actors.completing(task);
        review.decide(decision, rationale, actor, EngineClock.now());
        reviews.save(review);
        decisions.record(review.getCodeId(), review.getVersionId(), DecisionKind.REVIEW, decision.name(), rationale,
                actor);
    }

    private CodeReview review(DelegateTask task) {
        return reviews.getReview(subject(task).getReviewId());
    }
}
