package io.customercodes.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.web.HttpTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** tom, top-management: approves versions and decides reviews; oversees every process; records nothing. */
@HttpTest
class TopManagementAccessTest extends GroupAccessTest {

    @Override
    String user() {
        return "tom";
    }

    @Test
    void readEveryCodeVersionDecisionReviewAndReadingOverTheApi() {
        readsDraftsOfEveryCode();
        readsTheAuditTrail();
        readsReviewsAndMeasurements();
    }

    @Test
    void recordNoReadings() {
        String indicator = rest().get("/api/codes/" + seen + "/indicators").json().get(0).get("indicatorId").asText();
        assertThat(rest().post("/api/codes/" + seen + "/indicators/" + indicator + "/readings", Map.of("value", 1))
                .status()).isEqualTo(403);
    }

    @Test
    void overseeEveryProcessButStartNone() {
        assertThat(visibleProcesses("codeLifecycle", seen)).hasSize(1);
        assertThat(visibleProcesses("codeDevelopment", unseen)).hasSize(1);
        assertThat(startLifecycleWithoutForm()).isEqualTo(403);
    }

    @Test
    void seeAndClaimNoOtherGroupsTask() {
        assertThat(visibleTasks(seen)).isEmpty();
        assertThat(claim(fixture.codeManagersTask())).isEqualTo(403);
        assertThat(rename(fixture.stakeholdersTask())).as("a task he cannot see is not found").isEqualTo(404);
    }

    @Test
    void readNoModelCodesAdopters() {
        mayNotReadModelAdopters();
    }
}
