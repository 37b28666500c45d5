package io.customercodes.review;

import static io.customercodes.system.FormValues.choice;
import static io.customercodes.system.FormValues.requiredText;

import io.customercodes.audit.DecisionKind;
import io.customercodes.audit.DecisionLog;
import io.customercodes.system.Actors;
import io.customercodes.system.EngineClock;
import io.customercodes.system.FormTaskListener;
import io.customercodes.system.InvalidFormInputException;
import io.customercodes.system.Subjects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** "Evaluate code performance": the code manager's evaluation and recommendation. */
@Component("evaluationTaskListener")
class EvaluationTaskListener extends FormTaskListener {

    private final CodeReviewRepository reviews;
    private final DecisionLog decisions;
    private final Actors actors;

    EvaluationTaskListener(Subjects subjects, CodeReviewRepository reviews, DecisionLog decisions, Actors actors) {
        super(subjects);
        this.reviews = reviews;
        this.decisions = decisions;
        this.actors = actors;
    }

    @Override
    protected void prepare(DelegateTask task) {
        task.setVariableLocal("reviewDataSummary", review(task).getDataSummary());
        task.setVariableLocal("customerSatisfaction", null);
        task.setVariableLocal("stakeholderSatisfaction", null);
        task.setVariableLocal("evaluation", null);
        task.setVariableLocal("recommendation", null);
    }

    @Override
    protected void submit(DelegateTask task) {
        CodeReview review = review(task);
        ReviewDecision recommendation = choice(submitted(task, "recommendation"), ReviewDecision.class,
                "recommendation");
        String evaluation = requiredText(submitted(task, "evaluation"), "evaluation");
        review.recordFindings(
                choice(submitted(task, "customerSatisfaction"), Satisfaction.class, "customerSatisfaction"),
                choice(submitted(task, "stakeholderSatisfaction"), Satisfaction.class, "stakeholderSatisfaction"));
        String actor = actors.completing(task);
        review.evaluate(evaluation, recommendation, actor, EngineClock.now());
        reviews.save(review);
        decisions.record(review.getCodeId(), review.getVersionId(), DecisionKind.REVIEW_RECOMMENDATION,
                recommendation.name(), evaluation, actor);
    }

    private CodeReview review(DelegateTask task) {
        return reviews.getReview(subject(task).getReviewId());
    }
}
