package io.customercodes.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.web.HttpTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** admin, camunda-admin: sees and may do everything, in the engine and over the API. */
@HttpTest
class AdministratorsAccessTest extends GroupAccessTest {

    @Override
    String user() {
        return "admin";
    }

    @Test
    void readEverythingOverTheApi() {
        readsDraftsOfEveryCode();
        readsTheAuditTrail();
        readsReviewsAndMeasurements();
    }

    @Test
    void seeEveryTaskAndProcessAndMayRepairThem() {
        assertThat(visibleTasks(seen)).contains(fixture.codeManagersTask());
        assertThat(visibleTasks(unseen)).contains(fixture.stakeholdersTask());
        assertThat(visibleProcesses("codeDevelopment", unseen)).hasSize(1);
        assertThat(get("/engine-rest/task/" + fixture.stakeholdersTask() + "/variables")).isEqualTo(200);
        assertThat(addCandidateGroup(fixture.stakeholdersTask(), "camunda-admin")).isEqualTo(204);
        assertThat(rest().post("/engine-rest/task/" + fixture.stakeholdersTask() + "/identity-links/delete",
                "{\"groupId\":\"camunda-admin\",\"type\":\"candidate\"}").status()).isEqualTo(204);
    }

    @Test
    void readModelCodesAdoptersWhereTheKeyIsAModelCode() {
        for (String notAModel : List.of(seen, "NO-SUCH-MODEL")) {
            assertThat(get("/api/models/" + notAModel + "/adopters")).as(notAModel).isEqualTo(404);
            assertThat(get("/manage/models/" + notAModel)).as(notAModel).isEqualTo(404);
        }
    }
}
