package io.customercodes.review;

import static io.customercodes.ProcessScenario.evaluationForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.customercodes.ProcessScenario;
import io.customercodes.ProcessTest;
import io.customercodes.TestUsers;
import io.customercodes.notification.Notification;
import io.customercodes.notification.NotificationRepository;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Review tasks remind before they are due and escalate to top management when overdue, by mail. */
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
class ReviewRemindersTest extends ProcessTest {

    @RegisterExtension
    static GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    NotificationRepository notifications;

    final String key = ProcessScenario.uniqueKey("REMIND");
    ProcessInstance review;

    @BeforeEach
    void reviewWaitingForItsEvaluation() {
        TestUsers.create(identity);
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Delivery within 3 days");
        scenario.fire("Timer_ReviewDue", key);
        review = instance("codeReview", key);
        mailServer.reset();
    }

    @Test
    void theEvaluationIsRemindedThreeDaysBeforeItIsDueByMailWithALinkToTheTask() throws Exception {
        Task evaluate = scenario.task(key, "Task_EvaluateCode");
        Job reminder = scenario.job("Timer_EvaluationReminder", key);
        assertThat(Duration.between(evaluate.getCreateTime().toInstant(), reminder.getDuedate().toInstant()))
                .isBetween(Duration.ofDays(11).minusSeconds(1), Duration.ofDays(11).plusSeconds(1));

        scenario.fire("Timer_EvaluationReminder", key);

        assertThat(review).hasPassed("ServiceTask_RemindEvaluation").isWaitingAt("Task_EvaluateCode");
        assertThat(tasks.createTaskQuery().taskId(evaluate.getId()).singleResult().getPriority())
                .isEqualTo(RemindReviewTaskDelegate.REMINDED_PRIORITY);
        MimeMessage mail = onlyMailTo(TestUsers.email("mary"));
        assertThat(mail.getSubject()).isEqualTo("Reminder: " + evaluate.getName());
        assertThat((String) mail.getContent()).contains("/camunda/app/tasklist/default/#/?task=" + evaluate.getId());
        assertThat(notificationsAbout(evaluate)).singleElement().satisfies(n -> {
            assertThat(n.getRecipientGroup()).isEqualTo("code-managers");
            assertThat(n.getMailedTo()).contains(TestUsers.email("mary"));
        });
    }

    @Test
    void anOverdueEvaluationIsEscalatedToTopManagement() throws Exception {
        Task evaluate = scenario.task(key, "Task_EvaluateCode");
        assertThat(scenario.job("Timer_EvaluationEscalation", key).getDuedate())
                .isCloseTo(evaluate.getDueDate(), 1000);

        scenario.fire("Timer_EvaluationEscalation", key);

        assertThat(review).hasPassed("ServiceTask_EscalateEvaluation").isWaitingAt("Task_EvaluateCode");
        assertThat(tasks.createTaskQuery().taskId(evaluate.getId()).singleResult().getPriority())
                .isEqualTo(EscalateOverdueReviewDelegate.ESCALATED_PRIORITY);
        MimeMessage mail = onlyMailTo(TestUsers.email("tom"));
        assertThat(mail.getSubject()).isEqualTo("Overdue review: " + evaluate.getName());
        assertThat((String) mail.getContent()).contains("nobody has claimed it")
                .contains("?task=" + evaluate.getId());
    }

    @Test
    void theDecisionIsRemindedToItsAssigneeAndEscalatedWhenOverdue() throws Exception {
        scenario.complete("mary", key, "Task_EvaluateCode", evaluationForm("Targets met", "CONTINUE"));
        Task decide = scenario.task(key, "Task_DecideReview");
        tasks.claim(decide.getId(), "tom");

        scenario.fire("Timer_DecisionReminder", key);
        assertThat(onlyMailTo(TestUsers.email("tom")).getSubject()).isEqualTo("Reminder: " + decide.getName());

        mailServer.reset();
        scenario.fire("Timer_DecisionEscalation", key);
        assertThat(review).hasPassed("ServiceTask_RemindDecision", "ServiceTask_EscalateDecision")
                .isWaitingAt("Task_DecideReview");
        assertThat((String) onlyMailTo(TestUsers.email("tom")).getContent()).contains("tom has it");
    }

    @Test
    void completingTheTaskInTimeCancelsItsReminderAndEscalation() {
        scenario.complete("mary", key, "Task_EvaluateCode", evaluationForm("Targets met", "CONTINUE"));

        assertThat(review).isWaitingAt("Task_DecideReview");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(review.getId())
                .activityId("Timer_EvaluationReminder").count()).isZero();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(review.getId())
                .activityId("Timer_EvaluationEscalation").count()).isZero();
        assertThat(mailServer.getReceivedMessages()).isEmpty();
    }

    private MimeMessage onlyMailTo(String address) throws Exception {
        MimeMessage[] received = mailServer.getReceivedMessages();
        assertThat(received).as("mails received").hasSize(1);
        assertThat(Arrays.stream(received[0].getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactly(address);
        return received[0];
    }

    private List<Notification> notificationsAbout(Task task) {
        return notifications.findByTaskIdOrderByCreatedAtAsc(task.getId());
    }
}
