package io.customercodes.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.web.HttpTest;
import org.junit.jupiter.api.Test;

/** mary, code-managers: drafts codes, evaluates them at reviews, records readings; watches every process. */
@HttpTest
class CodeManagersAccessTest extends GroupAccessTest {

    @Override
    String user() {
        return "mary";
    }

    @Test
    void readEveryCodeVersionDecisionReviewAndReadingOverTheApi() {
        readsDraftsOfEveryCode();
        readsTheAuditTrail();
        readsReviewsAndMeasurements();
    }

    @Test
    void workOnTheirOwnTasksWithoutRenamingRegroupingOrRewritingThem() {
        String own = fixture.codeManagersTask();
        assertThat(visibleTasks(seen)).containsExactly(own);
        assertThat(claim(own)).isEqualTo(204);
        assertThat(rest().get("/engine-rest/task/" + own + "/form-variables").status()).isEqualTo(200);

        assertThat(writeVariable(own, "versionId")).isEqualTo(403);
        assertThat(rename(own)).isEqualTo(403);
        assertThat(addCandidateGroup(own, "stakeholders")).isEqualTo(403);
        assertThat(rest().post("/engine-rest/task/" + own + "/unclaim", "{}").status())
                .as("handing a task back reassigns it: an administrator's job").isEqualTo(403);
    }

    @Test
    void neitherSeeNorClaimOtherGroupsTasks() {
        String stakeholders = fixture.stakeholdersTask();
        assertThat(visibleTasks(unseen)).doesNotContain(stakeholders);
        assertThat(claim(stakeholders)).isEqualTo(403);
        assertThat(get("/engine-rest/task/" + stakeholders + "/variables")).isIn(403, 404);
    }

    @Test
    void watchEveryProcessAndStartOnlyCodesAndReadings() {
        assertThat(visibleProcesses("codeLifecycle", seen)).hasSize(1);
        assertThat(visibleProcesses("codeDevelopment", unseen)).hasSize(1);
        assertThat(rest().post("/engine-rest/process-definition/key/codeDevelopment/start", "{}").status())
                .as("a development without its code").isEqualTo(403);
        assertThat(rest().post("/engine-rest/process-definition/key/codeReview/start", "{}").status())
                .isEqualTo(403);
        String development = visibleProcesses("codeDevelopment", unseen).get(0);
        assertThat(rest().post("/engine-rest/process-instance/" + development + "/variables",
                "{\"modifications\":{\"versionId\":{\"value\":1,\"type\":\"Long\"}}}").status())
                .as("rewrite a process's variables").isEqualTo(403);
        assertThat(startLifecycleWithoutForm()).as("allowed, refused only for the empty form").isNotEqualTo(403);
    }

    @Test
    void readNoModelCodesAdopters() {
        mayNotReadModelAdopters();
    }
}
