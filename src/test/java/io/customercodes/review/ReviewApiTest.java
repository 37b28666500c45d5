package io.customercodes.review;

import static io.customercodes.ProcessScenario.evaluationForm;
import static io.customercodes.ProcessScenario.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import io.customercodes.system.EngineClock;
import io.customercodes.web.EngineRestClient;
import io.customercodes.web.HttpTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HttpTest
class ReviewApiTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ProcessScenario scenario;

    final String key = ProcessScenario.uniqueKey("ADHOC");
    String adHoc;

    @BeforeEach
    void publishedCode() {
        TestUsers.create(identity);
        scenario.startCode(key);
        adHoc = "/api/codes/" + key + "/reviews/ad-hoc";
    }

    @Test
    void aCodeNotYetInPracticeSaysWhichPhaseItIsInAndWhenAReviewBecomesPossible() {
        EngineRestClient mary = new EngineRestClient(port, "mary");
        EngineRestClient.Response inDevelopment = mary.post(adHoc, "");
        assertThat(inDevelopment.status()).isEqualTo(409);
        assertThat(inDevelopment.json().get("detail").asText()).isEqualTo(key + " is being developed (open: Set"
                + " objectives and gather information): a review can be asked for once a version is"
                + " published and put into practice.");

        scenario.developUntilApproval(key, "Delivery within 3 days");
        scenario.approve(key);
        EngineRestClient.Response inImplementation = mary.post(adHoc, "");
        assertThat(inImplementation.status()).isEqualTo(409);
        assertThat(inImplementation.json().get("detail").asText()).startsWith(key + " is being put into practice"
                + " (open: ").endsWith("a review can be asked for once the code is available to customers and every"
                + " team's briefing is confirmed.");
    }

    @Test
    void aManagerAsksForAnAdHocReviewAndItsOutcomeIsListed() {
        scenario.publishAndImplement(key, "Delivery within 3 days");
        assertThat(new EngineRestClient(port, "sam").post(adHoc, "").status()).isEqualTo(403);
        assertThat(new EngineRestClient(port, null).post(adHoc, "").status()).isEqualTo(401);

        scenario.fileComplaint(key, 1);
        scenario.fileComplaint(key, null);
        assertThat(new EngineRestClient(port, "tom").post(adHoc, "").status()).isEqualTo(202);
        EngineRestClient.Response again = new EngineRestClient(port, "mary").post(adHoc, "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("detail").asText()).isEqualTo(key + " is already under review (open: Evaluate"
                + " code performance): a second review cannot start before that one is decided.");

        scenario.complete("mary", key, "Task_EvaluateCode", evaluationForm("Complaints are rising", "REVISE"));
        scenario.complete("tom", key, "Task_DecideReview", form("reviewDecision", "REVISE",
                "reviewRationale", "Promise 1 needs a realistic time"));

        JsonNode review = new EngineRestClient(port, "mary").get("/api/codes/" + key + "/reviews").json().get(0);
        assertThat(review.get("trigger").asText()).isEqualTo("AD_HOC");
        assertThat(review.get("versionNumber").asInt()).isEqualTo(1);
        assertThat(review.get("complaintsReceived").asInt()).isEqualTo(2);
        assertThat(review.get("dataSummary").asText()).contains("2 received").contains("1 against promise 1")
                .contains("1 against other matters");
        assertThat(review.get("recommendation").asText()).isEqualTo("REVISE");
        assertThat(review.get("evaluatedBy").asText()).isEqualTo("mary");
        assertThat(review.get("decision").asText()).isEqualTo("REVISE");
        assertThat(review.get("decidedBy").asText()).isEqualTo("tom");
        assertThat(review.get("decidedAt").isNull()).isFalse();
        assertThat(review.get("heldOn").asText()).isEqualTo(EngineClock.today().toString());
        assertThat(review.get("dataSummary").asText()).contains("Orders on time");
    }
}
