package io.customercodes.version;

import static io.customercodes.ModelCodes.adaptedIndicator;
import static io.customercodes.ModelCodes.adaptedPromise;
import static io.customercodes.ModelCodes.adoptedDraftForm;
import static io.customercodes.ModelCodes.adoptingStartForm;
import static io.customercodes.ModelCodes.modelDraftForm;
import static io.customercodes.ModelCodes.modelStartForm;
import static io.customercodes.ModelCodes.ownPromise;
import static io.customercodes.ModelCodes.strongerAdoptedDraft;
import static io.customercodes.ProcessScenario.ALL_PRINCIPLES;
import static io.customercodes.ProcessScenario.accuracyForm;
import static io.customercodes.ProcessScenario.feedbackForm;
import static io.customercodes.ProcessScenario.form;
import static io.customercodes.ProcessScenario.objectivesForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customercodes.ProcessScenario;
import io.customercodes.ProcessTest;
import io.customercodes.code.CodeRepository;
import io.customercodes.system.InvalidFormInputException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** An organization starts its code from a sponsor's published model code and adapts it (ISO 10001 annex G). */
class ModelAdoptionProcessTest extends ProcessTest {

    @Autowired
    CodeRepository codes;

    @Autowired
    CodeVersionRepository versions;

    @Autowired
    TaskService tasks;

    @Autowired
    TransactionTemplate transaction;

    String model = ProcessScenario.uniqueKey("MODEL");
    String key = ProcessScenario.uniqueKey("ADOPT");

    @BeforeEach
    void sponsorPublishesTheModel() {
        scenario.startAs("sara", "codeLifecycle", modelStartForm(model));
        scenario.developUntilApproval("sara", model, modelDraftForm());
        scenario.approve(model);
        scenario.implement("sara", model);
    }

    /** What the adopted version holds, read in one transaction: promise texts and their model promises' numbers. */
    record Adopted(int basedOnNumber, String basedOnCode, List<String> promises, List<Integer> modelPromises,
            List<Integer> modelIndicators, List<String> targets, String reasons, int modelPromisesInDb) {
    }

    Adopted adopted() {
        return transaction.execute(status -> {
            CodeVersion v = versions.findByCodeOrderByNumberAsc(codes.getByKey(key)).get(0);
            CodeVersion m = versions.findByCodeAndState(codes.getByKey(model), VersionState.PUBLISHED).orElseThrow();
            assertThat(v.getBasedOn().getId()).isEqualTo(m.getId());
            v.getPromises().stream().filter(p -> p.getModelPromiseId() != null).forEach(p -> assertThat(
                    m.getPromises()).extracting(Promise::getId).contains(p.getModelPromiseId()));
            return new Adopted(v.getBasedOn().getNumber(), v.getBasedOn().getCode().getKey(),
                    v.getPromises().stream().map(Promise::getText).toList(),
                    v.getPromises().stream().map(Promise::getModelPromiseNumber).toList(),
                    v.getIndicators().stream().map(PerformanceIndicator::getModelIndicatorNumber).toList(),
                    v.getIndicators().stream().map(PerformanceIndicator::getTargetText).toList(),
                    v.getDeviationReasons(), m.getPromises().size());
        });
    }

    void startAdopting() {
        scenario.startCode(adoptingStartForm(key, model));
        scenario.complete("mary", key, "Task_SetObjectives", objectivesForm());
    }

    @Test
    void theFirstDraftIsACopyOfTheModelsPublishedVersionThatRemembersEachModelPromise() {
        scenario.startCode(adoptingStartForm(key, model));

        String adoptedModel = transaction.execute(status -> codes.getByKey(key).getAdoptedModel().getKey());
        assertThat(adoptedModel).isEqualTo(model);
        Adopted draft = adopted();
        assertThat(draft.basedOnCode()).isEqualTo(model);
        assertThat(draft.basedOnNumber()).isEqualTo(1);
        assertThat(draft.promises()).containsExactly("In-stock items delivered within 5 working days",
                "Returns accepted within 30 days", "We never sell personal information");
        assertThat(draft.modelPromises()).containsExactly(1, 2, 3);
        assertThat(draft.modelIndicators()).containsExactly(1, 2);
        assertThat(draft.targets()).containsExactly("≥ 90 %", "≤ 14 days");
        scenario.complete("mary", key, "Task_SetObjectives", objectivesForm());
        var draftTask = scenario.task(key, "Task_DraftCode");
        assertThat((String) tasks.getVariableLocal(draftTask.getId(), "modelBasis"))
                .contains("Based on model code Model code " + model + " (" + model + ") version 1")
                .contains("No changes to the model yet");
        assertThat(tasks.getVariableLocal(draftTask.getId(), "promises").toString()).contains("\"modelPromise\":3");
    }

    @Test
    void addingPromisesAndTighteningTargetsNeedsNoReasonAndCompliancSeesTheChanges() {
        startAdopting();
        scenario.complete("mary", key, "Task_DraftCode", strongerAdoptedDraft());
        passConsultation();

        Adopted draft = adopted();
        assertThat(draft.modelPromises()).containsExactly(1, 2, 3, null);
        assertThat(draft.targets()).containsExactly("≥ 95 %", "≤ 14 days");
        assertThat(draft.reasons()).isNull();
        String shown = (String) tasks.getVariableLocal(scenario.task(key, "Task_CheckAccuracy").getId(),
                "modelDeviations");
        assertThat(shown).contains("Based on model code").contains("with these changes")
                .contains("Model promise 1 adapted as promise 1").contains("Promise 4 added")
                .contains("changed from ≥ 90 % to ≥ 95 %").doesNotContain("Promises less than the model");
    }

    @Test
    void removingAModelPromiseIsRefusedWithoutAReasonAndNothingIsWritten() {
        startAdopting();
        Map<String, Object> withoutPromise3 = adoptedDraftForm(List.of(
                        adaptedPromise(1, "DELIVERY", "In-stock items delivered within 5 working days"),
                        adaptedPromise(2, "RETURNS", "Returns accepted within 30 days")),
                List.of(adaptedIndicator(1, "Orders delivered within 5 days", 1, "AT_LEAST", 90, "%"),
                        adaptedIndicator(2, "Refund time", 2, "AT_MOST", 14, "days")),
                "  ");

        assertThatThrownBy(() -> scenario.complete("mary", key, "Task_DraftCode", withoutPromise3))
                .isInstanceOf(InvalidFormInputException.class)
                .hasFieldOrPropertyWithValue("field", "deviationReasons")
                .hasMessageContaining("Model promise 3 removed");
        assertThat(adopted().promises()).as("the draft as it was").hasSize(3);
        scenario.task(key, "Task_DraftCode");
    }

    @Test
    void looseningATargetIsRefusedWithoutAReasonAndWithOneReachesCompliance() {
        startAdopting();
        List<Map<String, Object>> promises = List.of(
                adaptedPromise(1, "DELIVERY", "In-stock items delivered within 5 working days"),
                adaptedPromise(2, "RETURNS", "Returns accepted within 30 days"),
                adaptedPromise(3, "PERSONAL_INFORMATION", "We never sell personal information"));
        List<Map<String, Object>> looser = List.of(
                adaptedIndicator(1, "Orders delivered within 5 days", 1, "AT_LEAST", 85, "%"),
                adaptedIndicator(2, "Refund time", 2, "AT_MOST", 21, "days"));

        assertThatThrownBy(() -> scenario.complete("mary", key, "Task_DraftCode",
                adoptedDraftForm(promises, looser, null)))
                .isInstanceOf(InvalidFormInputException.class)
                .hasFieldOrPropertyWithValue("field", "deviationReasons")
                .hasMessageContaining("loosened from ≥ 90 % to ≥ 85 %")
                .hasMessageContaining("loosened from ≤ 14 days to ≤ 21 days");
        assertThat(adopted().targets()).containsExactly("≥ 90 %", "≤ 14 days");

        scenario.complete("mary", key, "Task_DraftCode", adoptedDraftForm(promises, looser,
                "We post by second class only."));
        Adopted draft = adopted();
        assertThat(draft.targets()).containsExactly("≥ 85 %", "≤ 21 days");
        assertThat(draft.reasons()).isEqualTo("We post by second class only.");

        passConsultation();
        String shown = (String) tasks.getVariableLocal(scenario.task(key, "Task_CheckAccuracy").getId(),
                "modelDeviations");
        assertThat(shown).contains("**Promises less than the model:** Target of “Orders delivered within 5 days” "
                + "loosened from ≥ 90 % to ≥ 85 %").contains("We post by second class only.");
        scenario.complete("carla", key, "Task_CheckAccuracy", accuracyForm("ACCURATE", ALL_PRINCIPLES, null));
        assertThat((String) tasks.getVariableLocal(scenario.task(key, "Task_ApproveCode").getId(), "modelDeviations"))
                .as("top management sees them too").contains("loosened from ≤ 14 days to ≤ 21 days")
                .contains("We post by second class only.");
        scenario.approve(key);
        assertThat(scenario.versions(key).get(0).getState()).isEqualTo(VersionState.PUBLISHED);
    }

    @Test
    void removingAModelIndicatorAndALongerResponseTimeAreWeakeningsToo() {
        startAdopting();
        Map<String, Object> draft = adoptedDraftForm(List.of(
                        adaptedPromise(1, "DELIVERY", "In-stock items delivered within 5 working days"),
                        adaptedPromise(2, "RETURNS", "Returns accepted within 30 days"),
                        adaptedPromise(3, "PERSONAL_INFORMATION", "We never sell personal information")),
                List.of(adaptedIndicator(1, "Orders delivered within 5 days", 1, "AT_LEAST", 90, "%")), null);
        draft.put("responseDays", 20L);

        assertThatThrownBy(() -> scenario.complete("mary", key, "Task_DraftCode", draft))
                .isInstanceOf(InvalidFormInputException.class)
                .hasFieldOrPropertyWithValue("field", "deviationReasons")
                .hasMessageContaining("Model indicator “Refund time” (≤ 14 days) removed")
                .hasMessageContaining("20 working days instead of 10");
    }

    @Test
    void aTargetThatComparesTheOtherWayIsLooserAndAnAddedIndicatorOrShorterResponseTimeIsListedWithoutAReason() {
        startAdopting();
        List<Map<String, Object>> promises = List.of(
                adaptedPromise(1, "DELIVERY", "In-stock items delivered within 5 working days"),
                adaptedPromise(2, "RETURNS", "Returns accepted within 30 days"),
                adaptedPromise(3, "PERSONAL_INFORMATION", "We never sell personal information"));
        Map<String, Object> flipped = adoptedDraftForm(promises, List.of(
                adaptedIndicator(1, "Orders delivered within 5 days", 1, "AT_MOST", 90, "%"),
                adaptedIndicator(2, "Refund time", 2, "AT_MOST", 14, "days")), null);

        assertThatThrownBy(() -> scenario.complete("mary", key, "Task_DraftCode", flipped))
                .isInstanceOf(InvalidFormInputException.class)
                .hasFieldOrPropertyWithValue("field", "deviationReasons")
                .hasMessageContaining("loosened from ≥ 90 % to ≤ 90 %");

        Map<String, Object> stronger = adoptedDraftForm(promises, List.of(
                adaptedIndicator(1, "Orders delivered within 5 days", 1, "AT_LEAST", 90, "%"),
                adaptedIndicator(2, "Refund time", 2, "AT_MOST", 14, "days"),
                form("name", "Parcels damaged", "promiseNumber", 1L, "comparison", "AT_MOST", "targetValue", 1L,
                        "unit", "%")), null);
        stronger.put("responseDays", 5L);
        scenario.complete("mary", key, "Task_DraftCode", stronger);
        passConsultation();
        assertThat((String) tasks.getVariableLocal(scenario.task(key, "Task_CheckAccuracy").getId(),
                "modelDeviations")).contains("Indicator “Parcels damaged” (≤ 1 %) added")
                .contains("Complaints answered within 5 working days instead of 10")
                .doesNotContain("Promises less than the model");
    }

    @Test
    void aModelNumberTheModelDoesNotHaveOrUsedTwiceIsRefusedByName() {
        startAdopting();
        Map<String, Object> unknown = adoptedDraftForm(List.of(adaptedPromise(9, "DELIVERY", "Fast")),
                List.of(), "reasons");
        Map<String, Object> twice = adoptedDraftForm(List.of(adaptedPromise(1, "DELIVERY", "Fast"),
                adaptedPromise(1, "DELIVERY", "Faster")), List.of(), "reasons");

        assertThatThrownBy(() -> scenario.complete("mary", key, "Task_DraftCode", unknown))
                .isInstanceOf(InvalidFormInputException.class)
                .hasFieldOrPropertyWithValue("field", "promises.modelPromise");
        assertThatThrownBy(() -> scenario.complete("mary", key, "Task_DraftCode", twice))
                .isInstanceOf(InvalidFormInputException.class)
                .hasFieldOrPropertyWithValue("field", "promises.modelPromise");
        assertThat(adopted().modelPromises()).containsExactly(1, 2, 3);
    }

    @Test
    void aCodeNotBasedOnAModelCannotClaimModelPromises() {
        scenario.startCode(key);
        scenario.complete("mary", key, "Task_SetObjectives", objectivesForm());

        assertThatThrownBy(() -> scenario.complete("mary", key, "Task_DraftCode", adoptedDraftForm(
                List.of(adaptedPromise(1, "DELIVERY", "Fast")), List.of(), null)))
                .isInstanceOf(InvalidFormInputException.class)
                .hasFieldOrPropertyWithValue("field", "promises.modelPromise");
    }

    @Test
    void onlyAPublishedModelCodeCanBeAdopted() {
        String organizationCode = ProcessScenario.uniqueKey("ORG");
        scenario.startCode(organizationCode);
        String unpublishedModel = ProcessScenario.uniqueKey("DRAFTMODEL");
        scenario.startAs("sara", "codeLifecycle", modelStartForm(unpublishedModel));

        for (String notAModel : List.of("NO-SUCH-MODEL", organizationCode, unpublishedModel)) {
            assertThatThrownBy(() -> scenario.startCode(adoptingStartForm(key, notAModel)))
                    .as(notAModel).isInstanceOf(InvalidFormInputException.class)
                    .hasFieldOrPropertyWithValue("field", "modelCodeKey");
        }
        assertThat(codes.findByKey(key)).isEmpty();
    }

    @Test
    void aRevisionStaysBasedOnTheSameModelVersionWithItsReasons() {
        startAdopting();
        scenario.complete("mary", key, "Task_DraftCode", adoptedDraftForm(List.of(
                        adaptedPromise(1, "DELIVERY", "In-stock items delivered within 5 working days"),
                        adaptedPromise(2, "RETURNS", "Returns accepted within 30 days"),
                        ownPromise("OTHER", "Gift wrapping on request")),
                List.of(adaptedIndicator(1, "Orders delivered within 5 days", 1, "AT_LEAST", 90, "%"),
                        adaptedIndicator(2, "Refund time", 2, "AT_MOST", 14, "days")),
                "We keep no personal data beyond what the law requires; the promise is our legal duty anyway."));
        passConsultation();
        scenario.complete("carla", key, "Task_CheckAccuracy", accuracyForm("ACCURATE", ALL_PRINCIPLES, null));
        scenario.approve(key);
        scenario.implement(key);
        scenario.review(key, "REVISE");

        List<CodeVersion> all = scenario.versions(key);
        assertThat(all).hasSize(2);
        CodeVersion revision = transaction.execute(status -> {
            CodeVersion v = versions.getVersion(all.get(1).getId());
            assertThat(v.getBasedOn().getCode().getKey()).isEqualTo(model);
            assertThat(v.getPromises()).extracting(Promise::getModelPromiseNumber).containsExactly(1, 2, null);
            assertThat(ModelDeviations.weakenings(v)).extracting(ModelDeviation::description)
                    .containsExactly("Model promise 3 removed: “We never sell personal information”");
            return v;
        });
        assertThat(revision.getDeviationReasons()).startsWith("We keep no personal data");
    }

    private void passConsultation() {
        for (var feedback : scenario.openTasks(key, "Task_GiveFeedback")) {
            scenario.complete("sam", feedback, feedbackForm("SUPPORT", null));
        }
        scenario.complete("mary", key, "Task_ConsolidateFeedback", form("consultationOutcome", "PROCEED"));
    }
}
