package io.customercodes.approval;

import static io.customercodes.ProcessScenario.ALL_PRINCIPLES;
import static io.customercodes.ProcessScenario.draftForm;
import static io.customercodes.ProcessScenario.evaluationForm;
import static io.customercodes.ProcessScenario.feedbackForm;
import static io.customercodes.ProcessScenario.form;
import static io.customercodes.ProcessScenario.objectivesForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.ProcessTest;
import io.customercodes.audit.DecisionKind;
import io.customercodes.audit.DecisionLog;
import io.customercodes.audit.DecisionRecord;
import io.customercodes.system.FormValues;
import io.customercodes.system.InvalidFormInputException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Compliance sees what a draft lacks per guiding principle and must justify passing it anyway; top management
 * approves with the consultation, the verdict and the changes in view; a revision says why it is made.
 */
class DecisionContextProcessTest extends ProcessTest {

    @Autowired
    TaskService tasks;

    @Autowired
    DecisionLog decisions;

    final String key = ProcessScenario.uniqueKey("CTX");

    /** A draft that lacks nothing the data can show: every provision a code needs, every promise measured. */
    static Map<String, Object> completeDraftForm() {
        Map<String, Object> draft = draftForm("Delivery within 3 days", "Dispatch");
        draft.put("provisions", FormValues.json(List.of(
                form("type", "COMPLAINT_CHANNEL", "text", "Complain online or by phone"),
                form("type", "RESPONSIBILITY", "text", "Head of customer service"),
                form("type", "DISPUTE_RESOLUTION", "text", "Retail ADR scheme"))));
        draft.put("indicators", FormValues.json(List.of(
                form("name", "Orders on time", "promiseNumber", 1L, "comparison", "AT_LEAST", "targetValue", 95L),
                form("name", "Refund days", "promiseNumber", 2L, "comparison", "AT_MOST", "targetValue", 5L))));
        return draft;
    }

    void consultAndProceed(Map<String, Object> draft, String comments, String notes) {
        scenario.complete("mary", key, "Task_SetObjectives", objectivesForm());
        scenario.complete("mary", key, "Task_DraftCode", draft);
        scenario.complete("sam", key, "Task_GiveFeedback", feedbackForm("SUPPORT_WITH_CHANGES", comments));
        scenario.complete("mary", key, "Task_ConsolidateFeedback", form("consultationOutcome", "PROCEED",
                "consolidationNotes", notes));
    }

    String shown(String taskKey, String variable) {
        Object value = tasks.getVariableLocal(scenario.task(key, taskKey).getId(), variable);
        return value == null ? null : value.toString();
    }

    static Map<String, Object> accurate(String justification) {
        Map<String, Object> form = form("accuracyDecision", "ACCURATE", "principlesMet",
                FormValues.json(ALL_PRINCIPLES));
        if (justification != null) {
            form.put("gapJustification", justification);
        }
        return form;
    }

    @Test
    void theComplianceFormShowsPerPrincipleWhatTheDraftLacks() {
        scenario.startCode(key);
        consultAndProceed(draftForm("Delivery within 3 days"), "Name the carrier", "Carrier named");

        String gaps = shown("Task_CheckAccuracy", "accuracyGaps");
        assertThat(gaps)
                .contains("**Accessibility**: no complaint channel: the code does not say how customers complain")
                .contains("**Accountability**: no responsibility provision")
                .contains("**Continual improvement**: promise 2 (Returns) has no performance indicator")
                .contains("**Responsiveness**: nothing missing")
                .contains("**3 gaps.**");
        assertThat(tasks.getVariableLocal(scenario.task(key, "Task_CheckAccuracy").getId(), "gapCount"))
                .isEqualTo(3L);
        assertThat(shown("Task_CheckAccuracy", "earlierChecks")).contains("_None: this is the first check");
    }

    @Test
    void passingADraftWithGapsWithoutAJustificationIsRefusedAndRecordsNothing() {
        scenario.startCode(key);
        consultAndProceed(draftForm("Delivery within 3 days"), "Name the carrier", "Carrier named");

        assertThatThrownBy(() -> scenario.complete("carla", key, "Task_CheckAccuracy", accurate(null)))
                .isInstanceOf(InvalidFormInputException.class)
                .hasFieldOrPropertyWithValue("field", "gapJustification")
                .hasMessageContaining("the draft lacks 3 things")
                .hasMessageContaining("Accessibility: no complaint channel");
        assertThatThrownBy(() -> scenario.complete("carla", key, "Task_CheckAccuracy", accurate("   ")))
                .isInstanceOf(InvalidFormInputException.class)
                .hasFieldOrPropertyWithValue("field", "gapJustification");

        assertThat(instance("codeDevelopment", key)).isWaitingAt("Task_CheckAccuracy");
        assertThat(decisions.forVersion(scenario.versions(key).get(0).getId()))
                .extracting(DecisionRecord::getKind).doesNotContain(DecisionKind.ACCURACY);
    }

    @Test
    void aJustifiedGapIsRecordedWithTheDecisionAndTopManagementSeesTheWholePicture() {
        scenario.startCode(key);
        consultAndProceed(draftForm("Delivery within 3 days"), "Please name the carrier", "Carrier named in FAQ");
        scenario.complete("carla", key, "Task_CheckAccuracy", form("accuracyDecision", "ACCURATE",
                "principlesMet", FormValues.json(ALL_PRINCIPLES), "accuracyFindings", "Wording is plain",
                "gapJustification", "Complaints go through the shop's terms, which the code links to"));

        DecisionRecord check = decisions.forVersion(scenario.versions(key).get(0).getId()).stream()
                .filter(d -> d.getKind() == DecisionKind.ACCURACY).findFirst().orElseThrow();
        assertThat(check.getActor()).isEqualTo("carla");
        assertThat(check.getDecidedAt()).isNotNull();
        assertThat(check.getComment()).startsWith("Wording is plain\n\nGaps accepted:\n")
                .contains("- Accessibility: no complaint channel")
                .contains("- Continual improvement: promise 2 (Returns) has no performance indicator")
                .endsWith("Justification: Complaints go through the shop's terms, which the code links to");

        assertThat(instance("codeDevelopment", key)).isWaitingAt("Task_ApproveCode");
        assertThat(shown("Task_ApproveCode", "accuracyVerdict"))
                .contains("**Accurate and not misleading**, checked by carla on ")
                .contains("> Wording is plain").contains("Accessibility: no complaint channel")
                .contains("Justification: Complaints go through the shop's terms");
        assertThat(shown("Task_ApproveCode", "consultationRecord"))
                .contains("**Round 1 (latest)**")
                .contains("**Staff**: Support with changes, sam, ")
                .contains("> Please name the carrier")
                .contains("Consolidation: **Proceed to accuracy check**, mary").contains("> Carrier named in FAQ");
        assertThat(shown("Task_ApproveCode", "versionChanges")).contains("A first version");
    }

    @Test
    void aDraftThatLacksNothingPassesWithoutJustification() {
        scenario.startCode(key);
        consultAndProceed(completeDraftForm(), "Fine", null);
        assertThat(tasks.getVariableLocal(scenario.task(key, "Task_CheckAccuracy").getId(), "gapCount"))
                .isEqualTo(0L);

        scenario.complete("carla", key, "Task_CheckAccuracy", accurate(null));

        assertThat(instance("codeDevelopment", key)).isWaitingAt("Task_ApproveCode");
        assertThat(shown("Task_ApproveCode", "accuracyVerdict")).contains("_No findings written._")
                .doesNotContain("Gaps accepted");
    }

    @Test
    void aMisleadingVerdictNeedsNoJustificationAndTellsDraftingWhatTheDraftLacks() {
        scenario.startCode(key);
        consultAndProceed(draftForm("Delivery within 3 days"), "Fine", null);

        scenario.complete("carla", key, "Task_CheckAccuracy", form("accuracyDecision", "MISLEADING",
                "principlesMet", FormValues.json(List.of()), "accuracyFindings", "Promise 1 hides the carrier"));

        assertThat(instance("codeDevelopment", key)).isWaitingAt("Task_DraftCode");
        assertThat(shown("Task_DraftCode", "draftNotes")).contains("Promise 1 hides the carrier")
                .contains("The draft also lacks:").contains("Accountability: no responsibility provision")
                .contains("- **Consultation: proceed** by mary, ")
                .contains("- **Accuracy check: misleading** by carla, ")
                .contains("Principles not met: Commitment, Capacity, Visibility, Accessibility, Responsiveness, "
                        + "Accuracy, Accountability, Continual improvement")
                .doesNotContain("MISLEADING").doesNotContain("PROCEED").doesNotContain("CONTINUAL_IMPROVEMENT");
        assertThat(shown("Task_DraftCode", "revisionReason")).as("a first version is no revision").isNull();
    }

    @Test
    void aRevisionShowsWhyItIsMadeAndTopManagementSeesEveryRoundAndTheChangesAgainstTheVersionInForce() {
        scenario.startCode(key);
        scenario.publishAndImplement(key, completeDraftForm());
        scenario.fire("Timer_ReviewDue", key);
        scenario.complete("mary", key, "Task_EvaluateCode", evaluationForm("Deliveries are faster than promised",
                "REVISE"));
        scenario.complete("tom", key, "Task_DecideReview", form("reviewDecision", "REVISE",
                "reviewRationale", "Promise two-day delivery now that we can keep it"));

        assertThat(shown("Task_SetObjectives", "revisionReason"))
                .contains("#### Why this version is being revised")
                .contains("Version 2 revises the code after its scheduled review")
                .contains("**Evaluation** by mary").contains("recommending **Revise**")
                .contains("> Deliveries are faster than promised")
                .contains("**Decision** by tom").contains("> Promise two-day delivery now that we can keep it");
        scenario.complete("mary", key, "Task_SetObjectives", objectivesForm());
        assertThat(shown("Task_DraftCode", "revisionReason"))
                .contains("> Promise two-day delivery now that we can keep it");

        Map<String, Object> revised = completeDraftForm();
        revised.put("promises", FormValues.json(List.of(form("category", "DELIVERY", "text", "Delivery within 2 days"),
                form("category", "RETURNS", "text", "Refunds within 5 days"))));
        scenario.complete("mary", key, "Task_DraftCode", revised);
        scenario.complete("sam", key, "Task_GiveFeedback", feedbackForm("OBJECT", "Two days is not realistic"));
        scenario.complete("mary", key, "Task_ConsolidateFeedback", form("consultationOutcome", "REVISE",
                "consolidationNotes", "Explain the carrier's capacity"));
        scenario.complete("mary", key, "Task_DraftCode", revised);
        scenario.complete("sam", key, "Task_GiveFeedback", feedbackForm("SUPPORT", null));
        scenario.complete("mary", key, "Task_ConsolidateFeedback", form("consultationOutcome", "PROCEED",
                "consolidationNotes", "Objection answered"));

        assertThat(shown("Task_CheckAccuracy", "earlierChecks"))
                .contains("**Accurate and not misleading**, version 1, carla, ");
        scenario.complete("carla", key, "Task_CheckAccuracy", accurate(null));

        String consultation = shown("Task_ApproveCode", "consultationRecord");
        assertThat(consultation).contains("**Round 2 (latest)**").contains("**Round 1**")
                .contains("> Two days is not realistic").contains("> Explain the carrier's capacity")
                .contains("Consolidation: **Revise the draft and consult again**, mary").doesNotContain("REVISE")
                .contains("> Objection answered").doesNotContain("### Consultation round");
        assertThat(consultation.indexOf("Round 2 (latest)")).isLessThan(consultation.indexOf("**Round 1**"));
        assertThat(shown("Task_ApproveCode", "versionChanges"))
                .contains("#### What changes against version 1, in force")
                .contains("- **changed:** promise 1 (Delivery): Delivery within 3 days")
                .contains("**now:** promise 1 (Delivery): Delivery within 2 days")
                .doesNotContain("Refunds within 5 days");
    }

    @Test
    void theDisplayedContextCannotBeSubmitted() {
        scenario.startCode(key);
        consultAndProceed(draftForm("Delivery within 3 days"), "Fine", null);
        Task check = scenario.task(key, "Task_CheckAccuracy");

        for (String shownOnly : List.of("accuracyGaps", "gapCount", "earlierChecks", "draftSummary")) {
            Map<String, Object> form = accurate("Accepted");
            form.put(shownOnly, shownOnly.equals("gapCount") ? 0L : "forged");
            assertThatThrownBy(() -> scenario.complete("carla", check, form))
                    .as(shownOnly).isInstanceOf(InvalidFormInputException.class)
                    .hasFieldOrPropertyWithValue("field", shownOnly)
                    .hasMessageEndingWith("is not a field of this form");
        }
    }
}
