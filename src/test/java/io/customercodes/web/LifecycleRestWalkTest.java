package io.customercodes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new code from the start form to its public page, through the REST API exactly as Tasklist calls it,
 * each step by the user of the right group, with the job executor running as in production.
 */
@HttpTest
class LifecycleRestWalkTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    final String key = ProcessScenario.uniqueKey("WALK");

    @BeforeEach
    void users() {
        TestUsers.create(identity);
    }

    TasklistSession as(String user) {
        return new TasklistSession(port, user);
    }

    @Test
    void aNewCodeGoesFromTheStartFormToItsPublicPageAndWaitsForItsReview() {
        CodeWalk walk = new CodeWalk(this::as, key);
        walk.start(6);
        walk.developAndApprove();

        // Publication runs on the job executor, as in production.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(as("mary").rest().get("/codes/" + key).status()).isEqualTo(200));
        walk.implement();

        EngineRestClient.Response page = new EngineRestClient(port, null).get("/codes/" + key);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(CodeWalk.PROMISE).contains("We refund the postage")
                .contains("Walk-through promise").contains("lang=\"en\"");

        EngineRestClient admin = new EngineRestClient(port, "admin");
        var lifecycles = admin.get("/engine-rest/process-instance?processDefinitionKey=codeLifecycle"
                + "&businessKey=" + key).json();
        assertThat(lifecycles).as(lifecycles.toString()).hasSize(1);
        String lifecycleId = lifecycles.get(0).get("id").asText();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(admin.get(
                "/engine-rest/process-instance/" + lifecycleId + "/activity-instances").body())
                .contains("Gateway_ReviewTrigger"));
        var timers = admin.get("/engine-rest/job?timers=true&processInstanceId=" + lifecycleId).json();
        assertThat(timers).hasSize(1);
        assertThat(timers.get(0).get("dueDate").asText()).startsWith(LocalDate.now().plusMonths(6).toString());
    }

    @Test
    void aStartFormWithAnInvalidReviewIntervalIsRefusedWithAClearMessage() {
        EngineRestClient.Response refused = as("mary").submitStartForm(Map.of(
                "codeKey", key, "title", "Bad", "organization", "Bad Ltd", "scope", "None",
                "reviewIntervalMonths", 0, "stakeholders", List.of("STAFF")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asText()).isEqualTo("reviewIntervalMonths");
        assertThat(refused.json().get("message").asText()).isEqualTo("Review interval (months): must be from 1 to 60");
        assertThat(new EngineRestClient(port, "admin")
                .get("/engine-rest/process-instance?businessKey=" + key).json()).isEmpty();
    }

    @Test
    void aStakeholderSeesNoTasksOfOtherGroups() {
        as("mary").submitStartForm(Map.of(
                "codeKey", key, "title", "Scoped", "organization", "Scoped Ltd", "scope", "Shop",
                "reviewIntervalMonths", 12, "stakeholders", List.of("STAFF")));
        var tasks = as("sam").rest().get("/engine-rest/task?processInstanceBusinessKey=" + key).json();
        assertThat(tasks).isEmpty();
        var maryTasks = as("mary").rest().get("/engine-rest/task?processInstanceBusinessKey=" + key).json();
        assertThat(maryTasks).hasSize(1);
    }
}
