package io.customercodes.security;

import static io.customercodes.ModelCodes.modelStartForm;
import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.web.HttpTest;
import io.customercodes.web.TasklistSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * sara, code-sponsors: proposes model codes and works their code-manager tasks in Tasklist; reads published codes
 * over the API; never an organization's code-manager task, never readings or complaints.
 */
@HttpTest
class CodeSponsorsAccessTest extends GroupAccessTest {

    @Autowired
    ProcessScenario scenario;

    @Override
    String user() {
        return "sara";
    }

    @Test
    void readOnlyPublishedCodesAndVersionsOverTheApi() {
        readsOnlyWhatCustomersHaveSeen();
    }

    @Test
    void readNoAuditTrailReviewOrReading() {
        mayNotUse("/audit");
        mayNotUse("/reviews");
        mayNotUse("/indicators");
    }

    @Test
    void proposeAModelCodeAndWorkItsTasksButNoOrganizationsTask() {
        String model = ProcessScenario.uniqueKey("SPONSORED");
        TasklistSession sara = new TasklistSession(port, user());
        Map<String, Object> start = new java.util.LinkedHashMap<>(modelStartForm(model));
        start.put("stakeholders", java.util.List.of("CONSUMER_ORGANIZATIONS"));
        start.put("reviewIntervalMonths", 12);
        assertThat(sara.submitStartForm(start).status()).isEqualTo(200);
        String own = sara.findTask("Code sponsors", model, "Set objectives");
        assertThat(visibleTasks(model)).containsExactly(own);
        assertThat(claim(own)).isEqualTo(204);
        assertThat(rename(own)).isEqualTo(403);
        assertThat(addCandidateGroup(own, "code-managers")).isEqualTo(403);

        assertThat(get("/manage/codes/" + model)).as("the charts of her model code's review forms").isEqualTo(200);
        assertThat(get("/manage/codes/" + model + "/charts/satisfaction.svg")).isEqualTo(200);
        assertThat(get("/manage/codes/" + seen)).as("an organization's code, as unknown as a missing one")
                .isEqualTo(404);

        assertThat(visibleTasks(seen)).isEmpty();
        assertThat(claim(fixture.codeManagersTask())).isEqualTo(403);
        assertThat(startLifecycleWithoutForm()).as("allowed, refused only for the empty form").isNotEqualTo(403);
        assertThat(rest().post("/engine-rest/process-definition/key/indicatorReadings/submit-form",
                "{\"variables\":{}}").status()).isEqualTo(403);
        assertThat(rest().post("/engine-rest/process-definition/key/complaintHandling/submit-form",
                "{\"variables\":{}}").status()).isEqualTo(403);
    }
}
