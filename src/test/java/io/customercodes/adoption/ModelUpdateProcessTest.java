package io.customercodes.adoption;

import static io.customercodes.ModelCodes.adaptedIndicator;
import static io.customercodes.ModelCodes.adaptedPromise;
import static io.customercodes.ModelCodes.adoptedDraftForm;
import static io.customercodes.ModelCodes.adoptingStartForm;
import static io.customercodes.ModelCodes.modelDraftForm;
import static io.customercodes.ModelCodes.modelStartForm;
import static io.customercodes.ModelCodes.strongerAdoptedDraft;
import static io.customercodes.ProcessScenario.evaluationForm;
import static io.customercodes.ProcessScenario.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.ProcessTest;
import io.customercodes.code.CodeRepository;
import io.customercodes.review.CodeReview;
import io.customercodes.review.CodeReviewRepository;
import io.customercodes.system.EngineClock;
import io.customercodes.system.FormValues;
import io.customercodes.version.CodeVersion;
import io.customercodes.version.CodeVersionRepository;
import io.customercodes.version.PerformanceIndicator;
import io.customercodes.version.Promise;
import io.customercodes.version.VersionState;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 11, keeping adopters current: a sponsor publishes a new version of a model code, and every adopter gets a
 * review that shows what changed in the model; it may revise (moving to the new model version) or continue.
 */
class ModelUpdateProcessTest extends ProcessTest {

    static final String MODEL_CHANGE = "What changed in the model from version 1 to version 2";

    @Autowired
    CodeRepository codes;

    @Autowired
    CodeVersionRepository versions;

    @Autowired
    CodeReviewRepository reviews;

    @Autowired
    ModelUpdateRepository updates;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ModelAdopters adopters;

    @Autowired
    ModelUpdates modelUpdates;

    @Autowired
    TaskService tasks;

    @Autowired
    io.customercodes.audit.DecisionLog decisions;

    @Autowired
    ManagementService management;

    @Autowired
    TransactionTemplate transaction;

    String model = ProcessScenario.uniqueKey("MODEL");
    /** Adapted the model (promise 1 to 3 days, delivery target 95 %); waits for its review date. */
    String waiting = ProcessScenario.uniqueKey("WAITING");
    /** Took the model word for word; its scheduled review is open when the model changes. */
    String inReview = ProcessScenario.uniqueKey("INREVIEW");

    @BeforeEach
    void sponsorPublishesTheModelAndTwoOrganizationsAdoptIt() {
        scenario.startAs("sara", "codeLifecycle", modelStartForm(model));
        scenario.developUntilApproval("sara", model, modelDraftForm());
        scenario.approve(model);
        scenario.implement("sara", model);
        adopt(waiting, strongerAdoptedDraft());
        adopt(inReview, adoptedDraftForm(List.of(
                        adaptedPromise(1, "DELIVERY", "In-stock items delivered within 5 working days"),
                        adaptedPromise(2, "RETURNS", "Returns accepted within 30 days"),
                        adaptedPromise(3, "PERSONAL_INFORMATION", "We never sell personal information")),
                List.of(adaptedIndicator(1, "Orders delivered within 5 days", 1, "AT_LEAST", 90, "%"),
                        adaptedIndicator(2, "Refund time", 2, "AT_MOST", 14, "days")), null));
        scenario.fire("Timer_ReviewDue", inReview);
        scenario.task(inReview, "Task_EvaluateCode");
    }

    private void adopt(String key, Map<String, Object> draft) {
        scenario.startCode(adoptingStartForm(key, model));
        scenario.developUntilApproval(key, draft);
        scenario.approve(key);
        scenario.implement(key);
    }

    /** Model version 2: promise 1 now 4 days, a new promise 4 on complaints, refunds within 10 days. */
    private void sponsorPublishesVersion2() {
        scenario.fire("Timer_ReviewDue", model);
        scenario.complete("sara", model, "Task_EvaluateCode", evaluationForm("Members ask for more", "REVISE"));
        scenario.complete("tom", model, "Task_DecideReview", form("reviewDecision", "REVISE",
                "reviewRationale", "Tighten the model"));
        Map<String, Object> v2 = modelDraftForm();
        v2.put("promises", FormValues.json(List.of(
                form("category", "DELIVERY", "text", "In-stock items delivered within 4 working days"),
                form("category", "RETURNS", "text", "Returns accepted within 30 days"),
                form("category", "PERSONAL_INFORMATION", "text", "We never sell personal information"),
                form("category", "COMPLAINTS", "text", "Complaints answered within 10 working days"))));
        v2.put("indicators", FormValues.json(List.of(
                form("name", "Orders delivered within 5 days", "promiseNumber", 1L, "comparison", "AT_LEAST",
                        "targetValue", 90L, "unit", "%"),
                form("name", "Refund time", "promiseNumber", 2L, "comparison", "AT_MOST",
                        "targetValue", 10L, "unit", "days"))));
        scenario.developUntilApproval("sara", model, v2);
        // Publication and then one job per adopter, as the job executor would run them.
        scenario.approve(model);
        assertThat(scenario.versions(model)).extracting(CodeVersion::getState)
                .containsExactly(VersionState.SUPERSEDED, VersionState.PUBLISHED);
    }

    private String reviewData(String key) {
        return (String) tasks.getVariableLocal(scenario.task(key, "Task_EvaluateCode").getId(), "reviewDataSummary");
    }

    private CodeReview lastReview(String key) {
        return reviews.findFirstByCodeIdOrderByStartedAtDesc(scenario.code(key).getId()).orElseThrow();
    }

    @Test
    void aNewModelVersionPutsBothAdoptersIntoAReviewThatShowsWhatChangedInTheModel() {
        Long modelId = scenario.code(model).getId();
        assertThat(jdbc.queryForObject("select count(*) from model_update where model_code_id = ?", Long.class,
                modelId)).as("a model's first version asks no one").isZero();
        String inReviewBefore = reviewData(inReview);

        sponsorPublishesVersion2();

        // The model's development ends once every adopter's request has run in its own job.
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("codeDevelopment").processInstanceBusinessKey(model).unfinished().count())
                .isZero();
        assertThat(instance("codeLifecycle", waiting)).isActive().isWaitingAt("CallActivity_ReviewCode");
        String shown = reviewData(waiting);
        assertThat(shown).contains("#### Model code updated").contains("published version 2")
                .contains("this code is based on version 1").contains(MODEL_CHANGE)
                .contains("- **changed:** promise 1 (Delivery): In-stock items delivered within 5 working days")
                .contains("**now:** promise 1 (Delivery): In-stock items delivered within 4 working days")
                .contains("- **added:** promise 4 (Complaints): Complaints answered within 10 working days")
                .contains("Refund time ≤ 10 days");
        assertThat(decisions.forCode(scenario.code(waiting).getId()))
                .filteredOn(d -> d.getKind() == io.customercodes.audit.DecisionKind.AD_HOC_REVIEW_REQUESTED)
                .extracting(io.customercodes.audit.DecisionRecord::getComment, d -> d.getVersionId())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Model code " + model + " published version 2",
                        scenario.versions(waiting).get(0).getId()));
        assertThat(decisions.forCode(scenario.code(inReview).getId())).as("its lifecycle did not take the request")
                .noneMatch(d -> d.getKind() == io.customercodes.audit.DecisionKind.AD_HOC_REVIEW_REQUESTED);
        CodeReview review = lastReview(waiting);
        assertThat(modelUpdates.shownIn(review.getId())).containsExactly(new ModelUpdates.ModelUpdateView(model, 1,
                2, scenario.versions(model).get(1).getPublishedAt()));

        // The adopter already in a review keeps its data; the update waits, and its next review comes at once.
        assertThat(reviewData(inReview)).isEqualTo(inReviewBefore).doesNotContain(MODEL_CHANGE);
        assertThat(adopters.adopters(scenario.code(model), 0, 10).getContent())
                .extracting(ModelAdopters.Adopter::key, ModelAdopters.Adopter::modelUpdateAwaitingReview)
                .contains(org.assertj.core.groups.Tuple.tuple(inReview, true),
                        org.assertj.core.groups.Tuple.tuple(waiting, false));
        scenario.complete("mary", inReview, "Task_EvaluateCode", evaluationForm("Fine", "CONTINUE"));
        scenario.complete("tom", inReview, "Task_DecideReview", form("reviewDecision", "CONTINUE",
                "reviewRationale", "Fine"));
        assertThat(scenario.code(inReview).getNextReviewOn()).isEqualTo(EngineClock.today());
        assertThat(instance("codeLifecycle", inReview)).isWaitingAt("Gateway_ReviewTrigger");
        scenario.fire("Timer_ReviewDue", inReview);
        assertThat(reviewData(inReview)).contains(MODEL_CHANGE)
                .contains("**now:** promise 1 (Delivery): In-stock items delivered within 4 working days");
        assertThat(modelUpdates.shownIn(lastReview(inReview).getId())).extracting(ModelUpdates.ModelUpdateView::toVersion)
                .containsExactly(2);
        assertThat(modelUpdates.awaitsReview(scenario.code(inReview).getId())).isFalse();
    }

    @Test
    void continueKeepsTheAdopterOnItsModelVersionAndTheSponsorSeesItBehind() {
        sponsorPublishesVersion2();
        scenario.complete("mary", waiting, "Task_EvaluateCode", evaluationForm("Ours is stricter", "CONTINUE"));
        scenario.complete("tom", waiting, "Task_DecideReview", form("reviewDecision", "CONTINUE",
                "reviewRationale", "Stay on model version 1"));

        assertThat(instance("codeLifecycle", waiting)).isWaitingAt("Gateway_ReviewTrigger");
        assertThat(scenario.code(waiting).getNextReviewOn()).isAfter(EngineClock.today());
        Integer basis = transaction.execute(status -> versions.findByCodeAndState(codes.getByKey(waiting),
                VersionState.PUBLISHED).orElseThrow().getBasedOn().getNumber());
        assertThat(basis).isEqualTo(1);
        ModelAdopters.Adopter seen = adopters.adopters(scenario.code(model), 0, 10).getContent().stream()
                .filter(a -> a.key().equals(waiting)).findFirst().orElseThrow();
        assertThat(seen.publishedVersion()).isEqualTo(1);
        assertThat(seen.modelVersion()).isEqualTo(1);
        assertThat(seen.behindModel()).isTrue();
        assertThat(seen.modelUpdateAwaitingReview()).isFalse();
    }

    @Test
    void reviseMovesTheNewDraftToTheNewModelVersionTakingTheModelsChangesWhereTheAdopterFollowedIt() {
        sponsorPublishesVersion2();
        scenario.complete("mary", waiting, "Task_EvaluateCode", evaluationForm("Follow the model", "REVISE"));
        scenario.complete("tom", waiting, "Task_DecideReview", form("reviewDecision", "REVISE",
                "reviewRationale", "Move to model version 2"));

        assertThat(instance("codeLifecycle", waiting)).isWaitingAt("CallActivity_DevelopCode");
        transaction.executeWithoutResult(status -> {
            List<CodeVersion> all = versions.findByCodeOrderByNumberAsc(codes.getByKey(waiting));
            CodeVersion draft = all.get(all.size() - 1);
            assertThat(draft.getState()).isEqualTo(VersionState.DRAFT);
            assertThat(draft.getBasedOn().getCode().getKey()).isEqualTo(model);
            assertThat(draft.getBasedOn().getNumber()).isEqualTo(2);
            assertThat(draft.getPromises()).extracting(Promise::getText).containsExactly(
                    "In-stock items delivered within 3 working days", // adapted: the adopter's own wording stays
                    "Returns accepted within 30 days",
                    "We never sell personal information",
                    "Damaged goods replaced at once",
                    "Complaints answered within 10 working days"); // the model's new promise, as a suggestion
            List<Long> v2Promises = draft.getBasedOn().getPromises().stream().map(Promise::getId).toList();
            assertThat(draft.getPromises()).extracting(p -> p.getModelPromiseId() == null ? null
                    : (v2Promises.contains(p.getModelPromiseId()) ? "2." : "1.") + p.getModelPromiseNumber())
                    .containsExactly("2.1", "2.2", "2.3", null, "2.4");
            assertThat(draft.getIndicators()).extracting(PerformanceIndicator::getTargetText)
                    .containsExactly("≥ 95 %", "≤ 10 days"); // tightened target stays, the one kept follows
            List<Long> v2Indicators = draft.getBasedOn().getIndicators().stream().map(PerformanceIndicator::getId)
                    .toList();
            assertThat(draft.getIndicators()).extracting(i -> v2Indicators.contains(i.getModelIndicatorId()))
                    .containsExactly(true, true);
        });
        // A second revision finds the code on the newest model already: nothing moves.
        assertThat(modelUpdates.awaitsReview(scenario.code(waiting).getId())).isFalse();
    }

    @Test
    void theSponsorSeesComplaintCountsPerModelPromiseAcrossAdopters() {
        scenario.fileComplaint(waiting, 1);
        scenario.fileComplaint(inReview, 1);
        scenario.fileComplaint(inReview, 2);
        scenario.fileComplaint(waiting, 4); // the adopter's own promise: not the model's
        scenario.fileComplaint(waiting, null);

        List<ModelAdopters.PromiseComplaints> counts = adopters.complaintsPerModelPromise(scenario.code(model));
        assertThat(counts).extracting(ModelAdopters.PromiseComplaints::modelVersion,
                        ModelAdopters.PromiseComplaints::promiseNumber, ModelAdopters.PromiseComplaints::complaints,
                        ModelAdopters.PromiseComplaints::adopters)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1, 2L, 2L),
                        org.assertj.core.groups.Tuple.tuple(1, 2, 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple(1, 3, 0L, 0L));
    }

    @Test
    void anAdopterStillDevelopingItsFirstVersionGetsItsReviewTheDayItIsInPractice() {
        String developing = ProcessScenario.uniqueKey("DEVELOPING");
        scenario.startCode(adoptingStartForm(developing, model));
        scenario.complete("mary", developing, "Task_SetObjectives", ProcessScenario.objectivesForm());

        sponsorPublishesVersion2();

        assertThat(instance("codeLifecycle", developing)).isWaitingAt("CallActivity_DevelopCode");
        assertThat(modelUpdates.awaitsReview(scenario.code(developing).getId())).isTrue();
        scenario.complete("mary", developing, "Task_DraftCode", strongerAdoptedDraft());
        for (var feedback : scenario.openTasks(developing, "Task_GiveFeedback")) {
            scenario.complete("sam", feedback, ProcessScenario.feedbackForm("SUPPORT", null));
        }
        scenario.complete("mary", developing, "Task_ConsolidateFeedback", form("consultationOutcome", "PROCEED"));
        scenario.complete("carla", developing, "Task_CheckAccuracy", ProcessScenario.accuracyForm("ACCURATE",
                ProcessScenario.ALL_PRINCIPLES, null));
        scenario.approve(developing);
        scenario.implement(developing);

        assertThat(scenario.code(developing).getNextReviewOn()).isEqualTo(EngineClock.today());
        scenario.fire("Timer_ReviewDue", developing);
        assertThat(reviewData(developing)).contains("this code is based on version 1").contains(MODEL_CHANGE);
    }

    @Test
    void aFailingRequestIsAnIncidentOfThatAdopterOnlyAndThePublicationStands() {
        scenario.fire("Timer_ReviewDue", model);
        scenario.complete("sara", model, "Task_EvaluateCode", evaluationForm("Members ask for more", "REVISE"));
        scenario.complete("tom", model, "Task_DecideReview", form("reviewDecision", "REVISE",
                "reviewRationale", "Tighten the model"));
        scenario.developUntilApproval("sara", model, modelDraftForm());
        scenario.complete("tom", model, "Task_ApproveCode", form("approvalDecision", "APPROVED",
                "approvalComment", "Fine"));
        management.executeJob(scenario.job("ServiceTask_PublishVersion", model).getId());
        assertThat(scenario.versions(model).get(1).getState()).isEqualTo(VersionState.PUBLISHED);

        var jobs = management.createJobQuery()
                .processInstanceId(instance("codeDevelopment", model).getId())
                .activityId("ServiceTask_RequestAdopterReviews").list();
        assertThat(jobs).as("one job per adopter; all jobs: %s", management.createJobQuery()
                .processInstanceId(instance("codeDevelopment", model).getId()).list()).hasSize(2);
        Long waitingId = scenario.code(waiting).getId();
        // The waiting adopter's update vanishes (as if its row could not be read): its job fails.
        jdbc.update("delete from model_update where adopter_code_id = ?", waitingId);
        for (var job : jobs) {
            // As the job executor would: retried until its retries are spent, then an incident.
            org.camunda.bpm.engine.runtime.Job left;
            while ((left = management.createJobQuery().jobId(job.getId()).singleResult()) != null
                    && left.getRetries() > 0) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException failed) {
                    management.setJobRetries(job.getId(), left.getRetries() - 1);
                }
            }
        }
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(jobs.get(0)
                .getProcessInstanceId()).count()).isEqualTo(1);
        assertThat(scenario.versions(model).get(1).getState()).as("the publication stands")
                .isEqualTo(VersionState.PUBLISHED);
        assertThat(instance("codeLifecycle", waiting)).isWaitingAt("Gateway_ReviewTrigger");
        assertThat(modelUpdates.shownIn(lastReview(inReview).getId())).isEmpty();
        assertThat(modelUpdates.awaitsReview(scenario.code(inReview).getId())).as("the other adopter's request ran")
                .isTrue();
        assertThat(updates.findByToVersionIdOrderByIdAsc(scenario.versions(model).get(1).getId()))
                .filteredOn(u -> u.getAdopterCodeId().equals(scenario.code(inReview).getId()))
                .extracting(ModelUpdate::isReviewRequested).containsExactly(true);
    }
}
