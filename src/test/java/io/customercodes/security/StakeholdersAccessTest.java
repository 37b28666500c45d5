package io.customercodes.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.web.HttpTest;
import io.customercodes.web.TasklistSession;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * sam, stakeholders: gives feedback on the drafts he is consulted on, in Tasklist, and reads published
 * codes over the API; nothing else, not even the draft he comments on outside his task.
 */
@HttpTest
class StakeholdersAccessTest extends GroupAccessTest {

    @Override
    String user() {
        return "sam";
    }

    @Test
    void readOnlyPublishedCodesAndVersionsOverTheApi() {
        readsOnlyWhatCustomersHaveSeen();
    }

    @Test
    void readNoAuditTrailReviewOrReading() {
        mayNotUse("/audit");
        mayNotUse("/decisions");
        mayNotUse("/reviews");
        mayNotUse("/indicators");
        assertThat(rest().post("/api/codes/" + seen + "/reviews/ad-hoc", "").status()).isEqualTo(403);
    }

    @Test
    void seeTheirFeedbackTaskAndItsDraftButCannotRenameRegroupOrRewriteIt() {
        String own = fixture.stakeholdersTask();
        assertThat(visibleTasks(unseen)).containsExactly(own);
        assertThat(rest().get("/engine-rest/task/" + own + "/form-variables").json().get("draftSummary")
                .get("value").asText()).contains("Delivery in 5 days");

        assertThat(writeVariable(own, "versionId")).isEqualTo(403);
        assertThat(writeVariable(own, "stakeholder")).isEqualTo(403);
        assertThat(rename(own)).isEqualTo(403);
        assertThat(addCandidateGroup(own, "code-managers")).isEqualTo(403);
    }

    @Test
    void seeNoOtherTaskNorAnyProcessAndStartNothing() {
        String managers = fixture.codeManagersTask();
        assertThat(visibleTasks(seen)).isEmpty();
        assertThat(claim(managers)).isEqualTo(403);
        assertThat(visibleProcesses("codeLifecycle", seen)).isEmpty();
        assertThat(visibleProcesses("codeDevelopment", unseen)).isEmpty();
        assertThat(startLifecycleWithoutForm()).isEqualTo(403);
        assertThat(new TasklistSession(port, user()).submitStartForm(Map.of("codeKey", "SAMS-OWN")).status())
                .isEqualTo(403);
    }

    @Test
    void readNoModelCodesAdopters() {
        mayNotReadModelAdopters();
    }
}
