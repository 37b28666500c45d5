package io.customercodes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import io.customercodes.code.CodeRepository;
import io.customercodes.review.CodeReview;
import io.customercodes.review.CodeReviewRepository;
import io.customercodes.review.ReviewDecision;
import io.customercodes.review.Satisfaction;
import io.customercodes.web.HttpTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A periodic review in Tasklist: the code manager evaluates, top management decides. */
@HttpTest
class ReviewBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ProcessScenario scenario;

    @Autowired
    CodeRepository codes;

    @Autowired
    CodeReviewRepository reviews;

    @Autowired
    RuntimeService runtime;

    final String key = ProcessScenario.uniqueKey("REVIEWED");
    TasklistInBrowser tasklist;
    boolean passed;

    @BeforeEach
    void codeDueForReview() {
        TestUsers.create(identity);
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Delivery within 3 days");
        for (int i = 0; i < 4; i++) {
            scenario.fileComplaint(key, 1);
        }
        scenario.fire("Timer_ReviewDue", key);
        tasklist = new TasklistInBrowser(port);
    }

    @AfterEach
    void stop(TestInfo test) throws Exception {
        if (tasklist != null) {
            if (!passed) {
                tasklist.keepEvidence(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
            }
            tasklist.close();
        }
    }

    @Test
    void maryEvaluatesTheCodeAndTomDecidesToContinue() {
        tasklist.openTask("mary", "Code managers", "Evaluate code performance", key);
        tasklist.choose("Customers’ satisfaction with the code", "Satisfied");
        tasklist.choose("Interested parties’ satisfaction with the code", "Neutral");
        tasklist.type("Evaluation of code performance", "Deliveries on time, few complaints");
        tasklist.choose("Recommendation", "Continue unchanged");
        tasklist.complete();
        tasklist.wait.until(d -> review().getEvaluatedBy() != null);

        tasklist.openTask("tom", "Top management", "Decide on code", key);
        tasklist.pickRadio("Continue");
        tasklist.type("Rationale", "The code works; keep it");
        tasklist.complete();
        tasklist.wait.until(d -> review().getDecision() != null);

        CodeReview review = review();
        assertThat(review.getComplaintsReceived()).isEqualTo(4);
        assertThat(review.getCustomerSatisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(review.getStakeholderSatisfaction()).isEqualTo(Satisfaction.NEUTRAL);
        assertThat(review.getEvaluatedBy()).isEqualTo("mary");
        assertThat(review.getDecision()).isEqualTo(ReviewDecision.CONTINUE);
        assertThat(review.getDecidedBy()).isEqualTo("tom");
        assertThat(review.getRationale()).isEqualTo("The code works; keep it");
        tasklist.wait.until(d -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey("codeLifecycle").activityIdIn("Gateway_ReviewTrigger").count() == 1);
        passed = true;
    }

    private CodeReview review() {
        return reviews.findByCodeIdOrderByStartedAtAsc(codes.getByKey(key).getId()).get(0);
    }
}
