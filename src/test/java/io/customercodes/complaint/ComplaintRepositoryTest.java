package io.customercodes.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customercodes.ProcessScenario;
import io.customercodes.ProcessTest;
import io.customercodes.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A complaint is written back whole, with the steps recorded on it; one read before someone else saved it cannot
 * overwrite that save.
 */
class ComplaintRepositoryTest extends ProcessTest {

    @Autowired
    IdentityService identity;

    @Autowired
    ComplaintRepository complaints;

    final String key = ProcessScenario.uniqueKey("STORE");

    @Test
    void aSaveWritesTheChangesAndTheNewStepsAndAStaleCopyCannotOverwriteThem() {
        TestUsers.create(identity);
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Delivery within 3 days");
        String reference = scenario.fileComplaint(key, 1).reference();
        Complaint first = complaints.getByReference(reference);
        Complaint stale = complaints.getByReference(reference);
        int steps = first.getSteps().size();

        first.assess(Severity.HIGH, true, 1, true, "Late twice");
        first.recordStep("ASSESSMENT", "hank", null, "in scope");
        complaints.save(first);

        Complaint read = complaints.getByReference(reference);
        assertThat(read.getState()).isEqualTo(ComplaintState.UNDER_INVESTIGATION);
        assertThat(read.getSeverity()).isEqualTo(Severity.HIGH);
        assertThat(read.isSafetyIssue()).isTrue();
        assertThat(read.getAssessmentNotes()).isEqualTo("Late twice");
        assertThat(read.getSteps()).hasSize(steps + 1).last().satisfies(step -> {
            assertThat(step.getStep()).isEqualTo("ASSESSMENT");
            assertThat(step.getActor()).isEqualTo("hank");
            assertThat(step.getOutcome()).isEqualTo("in scope");
        });

        stale.assess(Severity.LOW, false, null, false, "Not ours");
        assertThatThrownBy(() -> complaints.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(complaints.getByReference(reference).getAssessmentNotes()).isEqualTo("Late twice");
        assertThat(complaints.getByReference(reference).getSteps()).hasSize(steps + 1);
    }
}
