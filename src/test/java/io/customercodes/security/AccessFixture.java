package io.customercodes.security;

import static io.customercodes.ProcessScenario.draftForm;
import static io.customercodes.ProcessScenario.objectivesForm;

import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Two codes every group looks at, made once per application context. {@code seen}: version 1 published
 * (consulted, checked, approved, implemented), reviewed with REVISE, version 2 a draft waiting for the code
 * manager's objectives. {@code unseen}: never published, version 1 in consultation with one party.
 */
@Component
class AccessFixture {

    private final ProcessScenario scenario;
    private final IdentityService identity;

    private String seen;
    private String unseen;

    AccessFixture(ProcessScenario scenario, IdentityService identity) {
        this.scenario = scenario;
        this.identity = identity;
    }

    synchronized AccessFixture ready() {
        if (seen == null) {
            TestUsers.create(identity);
            String published = ProcessScenario.uniqueKey("SEEN");
            scenario.startCode(published);
            scenario.publishAndImplement(published, "Delivery within 3 days");
            scenario.review(published, "REVISE");
            String draft = ProcessScenario.uniqueKey("UNSEEN");
            scenario.startCode(draft, "STAFF");
            scenario.complete("mary", draft, "Task_SetObjectives", objectivesForm());
            scenario.complete("mary", draft, "Task_DraftCode", draftForm("Delivery in 5 days"));
            seen = published;
            unseen = draft;
        }
        return this;
    }

    /** A code with a published version 1 and a draft version 2. */
    String seen() {
        return seen;
    }

    /** A code never published, in consultation. */
    String unseen() {
        return unseen;
    }

    /** The code manager's open task: objectives for version 2 of {@link #seen}. */
    String codeManagersTask() {
        return scenario.task(seen, "Task_SetObjectives").getId();
    }

    /** The stakeholders' open task: feedback on version 1 of {@link #unseen}. */
    String stakeholdersTask() {
        return scenario.task(unseen, "Task_GiveFeedback").getId();
    }
}
