package io.customercodes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Input a form refuses is the user's mistake: one INFO line with the reason, no ERROR, no stack trace. */
@HttpTest
@ExtendWith(OutputCaptureExtension.class)
class RefusedInputLogTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ProcessScenario scenario;

    @Autowired
    ProcessEngine engine;

    @Test
    void refusalsByTheFormAndByATaskListenerAreOneInfoLineEach(CapturedOutput output) {
        TestUsers.create(identity);
        String key = ProcessScenario.uniqueKey("QUIET");
        scenario.startCode(key, "STAFF");
        scenario.complete("mary", key, "Task_SetObjectives", ProcessScenario.objectivesForm());
        scenario.complete("mary", key, "Task_DraftCode", ProcessScenario.draftForm("Delivery in 3 days"));
        Task feedback = scenario.task(key, "Task_GiveFeedback");
        TasklistSession sam = new TasklistSession(port, "sam");
        sam.claim(feedback.getId());
        int before = output.length();

        EngineRestClient.Response extraField = sam.rest().post("/engine-rest/task/" + feedback.getId()
                + "/submit-form", "{\"variables\": {\"consultationPosition\": {\"value\": \"SUPPORT\"},"
                + " \"versionId\": {\"value\": 1}}}");
        EngineRestClient.Response objectionWithoutReason = sam.submitTaskForm(feedback.getId(),
                Map.of("consultationPosition", "OBJECT"));

        assertThat(extraField.status()).isEqualTo(400);
        assertThat(objectionWithoutReason.status()).isEqualTo(400);
        String logged = output.toString().substring(before);
        assertThat(logged.lines().filter(line -> line.contains("Refused form input"))).hasSize(2)
                .allMatch(line -> line.contains(" INFO "));
        assertThat(logged).contains("versionId: is not a field of this form")
                .contains("feedbackComments: say which changes you ask for or why you object")
                .doesNotContain(" ERROR ").doesNotContain("\tat ");
    }

    @Test
    void anAdHocReviewRefusedWith409IsOneInfoLine(CapturedOutput output) {
        TestUsers.create(identity);
        String key = ProcessScenario.uniqueKey("QUIET");
        scenario.startCode(key, "STAFF");
        int before = output.length();

        EngineRestClient.Response refused = new EngineRestClient(port, "mary")
                .post("/api/codes/" + key + "/reviews/ad-hoc", "");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains(key + " is being developed");
        String logged = output.toString().substring(before);
        assertThat(logged.lines().filter(line -> line.contains("Refused ad-hoc review of " + key))).hasSize(1)
                .allMatch(line -> line.contains(" INFO ") && line.contains("is being developed"));
        assertThat(logged).doesNotContain(" ERROR ").doesNotContain("\tat ").doesNotContain("ENGINE-16004");
    }

    @Test
    void aRealFailureStillLogsAnErrorWithItsStackTrace(CapturedOutput output) {
        Command<Void> failing = context -> {
            throw new IllegalStateException("a real failure, not a refusal");
        };
        int before = output.length();

        assertThatThrownBy(() -> ((ProcessEngineImpl) engine).getProcessEngineConfiguration()
                .getCommandExecutorTxRequired().execute(failing)).isInstanceOf(IllegalStateException.class);

        String logged = output.toString().substring(before);
        assertThat(logged.lines().filter(line -> line.contains(" ERROR ") && line.contains("a real failure")))
                .isNotEmpty();
        assertThat(logged).contains("\tat ").doesNotContain("Refused form input");
    }
}
