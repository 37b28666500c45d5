package io.customercodes.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.web.HttpTest;
import org.junit.jupiter.api.Test;

/** carla, compliance: checks drafts for accuracy; follows code development, not reviews or readings. */
@HttpTest
class ComplianceAccessTest extends GroupAccessTest {

    @Override
    String user() {
        return "carla";
    }

    @Test
    void readDraftsAndTheAuditTrailOverTheApi() {
        readsDraftsOfEveryCode();
        readsTheAuditTrail();
    }

    @Test
    void readNoReviewOrReading() {
        mayNotUse("/reviews");
        mayNotUse("/indicators");
    }

    @Test
    void followCodeDevelopmentOnlyAndStartNothing() {
        assertThat(visibleProcesses("codeDevelopment", unseen)).hasSize(1);
        assertThat(visibleProcesses("codeLifecycle", seen)).isEmpty();
        assertThat(visibleProcesses("codeReview", seen)).isEmpty();
        assertThat(startLifecycleWithoutForm()).isEqualTo(403);
    }

    @Test
    void seeAndClaimNoOtherGroupsTask() {
        assertThat(visibleTasks(seen)).isEmpty();
        assertThat(visibleTasks(unseen)).isEmpty();
        assertThat(claim(fixture.stakeholdersTask())).isEqualTo(403);
        assertThat(writeVariable(fixture.codeManagersTask(), "versionId")).isEqualTo(403);
    }

    @Test
    void readNoModelCodesAdopters() {
        mayNotReadModelAdopters();
    }
}
