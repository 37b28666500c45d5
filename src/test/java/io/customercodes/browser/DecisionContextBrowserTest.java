package io.customercodes.browser;

import static io.customercodes.ProcessScenario.evaluationForm;
import static io.customercodes.ProcessScenario.feedbackForm;
import static io.customercodes.ProcessScenario.form;
import static io.customercodes.ProcessScenario.objectivesForm;
import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import io.customercodes.audit.DecisionKind;
import io.customercodes.audit.DecisionLog;
import io.customercodes.audit.DecisionRecord;
import io.customercodes.web.HttpTest;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A revision in Tasklist: mary reads in Set objectives and in the drafting form why the code is revised;
 * compliance sees what the revised draft lacks and must say why it passes anyway; top management then approves
 * with the feedback, that verdict and the changes against the version in force on screen.
 */
@HttpTest
class DecisionContextBrowserTest {

    static final List<String> PRINCIPLES = List.of("Commitment", "Capacity", "Visibility", "Accessibility",
            "Responsiveness", "Accuracy", "Accountability", "Continual improvement");

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ProcessScenario scenario;

    @Autowired
    DecisionLog decisions;

    final String key = ProcessScenario.uniqueKey("WHOLE");
    TasklistInBrowser tasklist;
    boolean passed;

    @BeforeEach
    void revisionConsultedAndReadyForTheAccuracyCheck() {
        TestUsers.create(identity);
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Delivery within 3 days");
        scenario.fire("Timer_ReviewDue", key);
        scenario.complete("mary", key, "Task_EvaluateCode", evaluationForm("Faster carrier since spring", "REVISE"));
        scenario.complete("tom", key, "Task_DecideReview", form("reviewDecision", "REVISE",
                "reviewRationale", "Promise what we deliver now"));
        tasklist = new TasklistInBrowser(port);
    }

    /** The revision's drafting, with mary's forms read in Tasklist, then consulted and ready for compliance. */
    private void maryReadsWhyTheCodeIsRevisedAndDraftsTheRevision() {
        for (String task : List.of("Set objectives", "Draft promises")) {
            tasklist.openTask("mary", "Code managers", task, key);
            assertThat(formText()).as(task).contains("Why this version is being revised")
                    .contains("Version 2 revises the code after its scheduled review")
                    .contains("Evaluation by mary").contains("recommending Revise")
                    .contains("Faster carrier since spring")
                    .contains("Decision by tom").contains("Promise what we deliver now");
            if (task.equals("Set objectives")) {
                scenario.complete("mary", key, "Task_SetObjectives", objectivesForm());
            } else {
                scenario.complete("mary", key, "Task_DraftCode", ProcessScenario.revisedDraftForm());
            }
        }
        scenario.complete("sam", key, "Task_GiveFeedback", feedbackForm("SUPPORT_WITH_CHANGES",
                "Two days only for items in stock"));
        scenario.complete("mary", key, "Task_ConsolidateFeedback", form("consultationOutcome", "PROCEED",
                "consolidationNotes", "In-stock condition added to the FAQ"));
    }

    @AfterEach
    void stop(TestInfo test) throws Exception {
        if (tasklist != null) {
            if (!passed) {
                tasklist.keepEvidence(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
            }
            tasklist.close();
        }
    }

    @Test
    void maryReadsWhyCarlaSeesTheGapsAndJustifiesThemAndTomApprovesWithTheWholePicture() {
        maryReadsWhyTheCodeIsRevisedAndDraftsTheRevision();
        tasklist.openTask("carla", "Compliance", "Check code", key);
        assertThat(formText()).contains("Accessibility: no complaint channel: the code does not say how customers "
                        + "complain")
                .contains("Accountability: no responsibility provision")
                .contains("Continual improvement: promise 2 (Returns) has no performance indicator")
                .contains("promise 3 (Complaints) has no performance indicator")
                .contains("Earlier accuracy checks of this code")
                .contains("Accurate and not misleading, version 1, carla");
        By justification = By.xpath("//label[starts-with(normalize-space(.),'Why the gaps are acceptable')]");
        assertThat(tasklist.browser.findElements(justification)).as("asked only when passing the draft").isEmpty();
        PRINCIPLES.forEach(tasklist::pickRadio);
        tasklist.pickRadio("Accurate and not misleading");
        tasklist.wait.until(d -> !d.findElements(justification).isEmpty());
        tasklist.complete();
        tasklist.wait.until(d -> d.findElements(By.cssSelector(".fjs-form-field-error")).stream()
                .anyMatch(error -> error.getText().contains("required")));
        assertThat(accuracyCheck()).as("nothing recorded while the reason is missing").isEmpty();
        // Tasklist reports the refused submission in a notice that covers the Complete button.
        tasklist.click(By.cssSelector(".page-notifications button[ng-click^='removeNotification']"));
        tasklist.type("Why the gaps are acceptable", "The terms of sale name the complaint channel and the manager");
        tasklist.complete();
        tasklist.wait.until(d -> accuracyCheck().isPresent());
        assertThat(accuracyCheck().orElseThrow().getComment())
                .contains("Justification: The terms of sale name the complaint channel and the manager");

        tasklist.openTask("tom", "Top management", "Approve code", key);
        assertThat(formText())
                .contains("What changes against version 1, in force")
                .contains("changed: promise 1 (Delivery): Delivery within 3 days")
                .contains("now: promise 1 (Delivery): Delivery within 2 days")
                .contains("added: promise 3 (Complaints): Complaints answered within 2 working days")
                .contains("Round 1 (latest)")
                .contains("Staff: Support with changes, sam")
                .contains("Two days only for items in stock")
                .contains("In-stock condition added to the FAQ")
                .contains("Compliance verdict")
                .contains("Accurate and not misleading, checked by carla")
                .contains("Justification: The terms of sale name the complaint channel and the manager");
        passed = true;
    }

    private String formText() {
        return tasklist.wait.until(d -> {
            String text = d.findElement(By.cssSelector(".fjs-container .fjs-form")).getText();
            return text.contains("Decision") ? text : null;
        });
    }

    private Optional<DecisionRecord> accuracyCheck() {
        Long version = scenario.versions(key).get(1).getId();
        return decisions.forVersion(version).stream().filter(d -> d.getKind() == DecisionKind.ACCURACY).findFirst();
    }
}
