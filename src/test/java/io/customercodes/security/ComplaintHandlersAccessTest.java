package io.customercodes.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.web.HttpTest;
import org.junit.jupiter.api.Test;

/** hank, complaint-handlers: handles complaints against published promises; reads what customers read. */
@HttpTest
class ComplaintHandlersAccessTest extends GroupAccessTest {

    @Override
    String user() {
        return "hank";
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
    void seeNoTaskNorProcessOfTheCodesAndStartNothing() {
        assertThat(visibleTasks(seen)).isEmpty();
        assertThat(visibleTasks(unseen)).isEmpty();
        assertThat(claim(fixture.stakeholdersTask())).isEqualTo(403);
        assertThat(visibleProcesses("codeLifecycle", seen)).isEmpty();
        assertThat(startLifecycleWithoutForm()).isEqualTo(403);
    }

    @Test
    void readNoModelCodesAdopters() {
        mayNotReadModelAdopters();
    }
}
