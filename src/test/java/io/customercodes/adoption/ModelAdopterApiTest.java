package io.customercodes.adoption;

import static io.customercodes.ModelCodes.adaptedIndicator;
import static io.customercodes.ModelCodes.adaptedPromise;
import static io.customercodes.ModelCodes.adoptedDraftForm;
import static io.customercodes.ModelCodes.adoptingStartForm;
import static io.customercodes.ModelCodes.modelDraftForm;
import static io.customercodes.ModelCodes.modelStartForm;
import static io.customercodes.ProcessScenario.evaluationForm;
import static io.customercodes.ProcessScenario.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import io.customercodes.system.FormValues;
import io.customercodes.web.EngineRestClient;
import io.customercodes.web.HttpTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a code sponsor reads of a model code's adopters over /api and on its signed-in page. */
@HttpTest
class ModelAdopterApiTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ProcessScenario scenario;

    final String model = ProcessScenario.uniqueKey("MODEL");
    final String first = ProcessScenario.uniqueKey("ADOPTA");
    final String second = ProcessScenario.uniqueKey("ADOPTB");

    @BeforeEach
    void aPublishedModelWithTwoAdopters() {
        TestUsers.create(identity);
        scenario.startAs("sara", "codeLifecycle", modelStartForm(model));
        scenario.developUntilApproval("sara", model, modelDraftForm());
        scenario.approve(model);
        scenario.implement("sara", model);
        for (String key : List.of(first, second)) {
            scenario.startCode(adoptingStartForm(key, model));
            scenario.developUntilApproval(key, adoptedDraftForm(List.of(
                            adaptedPromise(1, "DELIVERY", "In-stock items delivered within 5 working days"),
                            adaptedPromise(2, "RETURNS", "Returns accepted within 30 days"),
                            adaptedPromise(3, "PERSONAL_INFORMATION", "We never sell personal information")),
                    List.of(adaptedIndicator(1, "Orders delivered within 5 days", 1, "AT_LEAST", 90, "%"),
                            adaptedIndicator(2, "Refund time", 2, "AT_MOST", 14, "days")), null));
            scenario.approve(key);
            scenario.implement(key);
        }
        scenario.fileComplaint(first, 1);
        scenario.fileComplaint(second, 1);
        scenario.fileComplaint(second, 3);
    }

    EngineRestClient sara() {
        return new EngineRestClient(port, "sara");
    }

    @Test
    void theSponsorSeesEachAdoptersModelVersionAndComplaintCountsPerModelPromise() {
        JsonNode adopters = sara().get("/api/models/" + model + "/adopters").json();
        assertThat(adopters).hasSize(2);
        assertThat(adopters.get(0).get("key").asText()).isEqualTo(first);
        assertThat(adopters.get(1).get("key").asText()).isEqualTo(second);
        for (JsonNode adopter : adopters) {
            assertThat(adopter.get("publishedVersion").asInt()).isEqualTo(1);
            assertThat(adopter.get("modelVersion").asInt()).isEqualTo(1);
            assertThat(adopter.get("behindModel").asBoolean()).isFalse();
            assertThat(adopter.get("modelUpdateAwaitingReview").asBoolean()).isFalse();
        }

        EngineRestClient.Response counts = sara().get("/api/models/" + model + "/complaint-counts");
        assertThat(counts.status()).isEqualTo(200);
        List<String> rows = new ArrayList<>();
        counts.json().forEach(c -> rows.add(c.get("modelVersion").asInt() + "." + c.get("promiseNumber").asInt()
                + ": " + c.get("complaints").asLong() + " in " + c.get("adopters").asLong()));
        assertThat(rows).containsExactly("1.1: 2 in 2", "1.2: 0 in 0", "1.3: 1 in 1");
        assertThat(counts.body()).as("no personal data").doesNotContain("Alex Example", "alex@example.test",
                "The parcel came a week late");

        EngineRestClient.Response page = sara().get("/manage/models/" + model);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Adopters of Model code " + model).contains(first).contains(second)
                .contains("Complaints per model promise").doesNotContain("Alex Example");
    }

    @Test
    void theAdoptersComeInPagesWithATotalAndLinks() throws Exception {
        HttpResponse<String> secondPage = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/models/" + model + "/adopters?page=2&size=1"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("sara:sara".getBytes()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(secondPage.statusCode()).isEqualTo(200);
        assertThat(secondPage.headers().firstValue("X-Total-Count")).hasValue("2");
        String path = "/api/models/" + model + "/adopters";
        assertThat(secondPage.headers().firstValue("Link").orElseThrow())
                .contains("<" + path + "?page=1&size=1>; rel=\"prev\"")
                .contains("<" + path + "?page=2&size=1>; rel=\"last\"").doesNotContain("rel=\"next\"");
        assertThat(secondPage.body()).contains(second).doesNotContain(first);

        for (String bad : List.of("page=0", "page=x", "size=0", "size=501")) {
            EngineRestClient.Response refused = sara().get(path + "?" + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body()).contains(bad.substring(0, bad.indexOf('=')));
        }
        assertThat(sara().get("/manage/models/" + model + "?page=0").status()).isEqualTo(400);
        assertThat(sara().get("/manage/models/" + model + "?page=2").body()).as("past the last page")
                .doesNotContain(first);
    }

    @Test
    void onlyAModelCodeHasAdoptersAndOnlySponsorsAndAdministratorsReadThem() {
        assertThat(sara().get("/api/models/" + first + "/adopters").status()).as("not a model").isEqualTo(404);
        assertThat(sara().get("/api/models/NO-SUCH-MODEL/adopters").status()).isEqualTo(404);
        assertThat(new EngineRestClient(port, "admin").get("/api/models/" + model + "/adopters").status())
                .isEqualTo(200);
        for (String other : List.of("mary", "tom", "carla", "sam", "hank")) {
            assertThat(new EngineRestClient(port, other).get("/api/models/" + model + "/adopters").status())
                    .as(other).isEqualTo(403);
            assertThat(new EngineRestClient(port, other).get("/manage/models/" + model).status())
                    .as(other).isEqualTo(403);
        }
        assertThat(new EngineRestClient(port, null).get("/api/models/" + model + "/adopters").status())
                .isEqualTo(401);
    }

    @Test
    void aNewModelVersionPutsBothAdoptersIntoReviewWithTheModelsChangesInTheirReviewData() {
        assertThat(sara().post("/api/codes/" + first + "/reviews/ad-hoc", "").status()).as("not a model code")
                .isEqualTo(403);
        assertThat(sara().post("/api/codes/" + model + "/reviews/ad-hoc", "").status()).isEqualTo(202);
        scenario.complete("sara", model, "Task_EvaluateCode", evaluationForm("Members ask for more", "REVISE"));
        scenario.complete("tom", model, "Task_DecideReview", form("reviewDecision", "REVISE",
                "reviewRationale", "Faster delivery"));
        Map<String, Object> v2 = modelDraftForm();
        v2.put("promises", FormValues.json(List.of(
                form("category", "DELIVERY", "text", "In-stock items delivered within 4 working days"),
                form("category", "RETURNS", "text", "Returns accepted within 30 days"),
                form("category", "PERSONAL_INFORMATION", "text", "We never sell personal information"))));
        scenario.developUntilApproval("sara", model, v2);
        scenario.approve(model);

        EngineRestClient mary = new EngineRestClient(port, "mary");
        for (String adopter : List.of(first, second)) {
            JsonNode reviews = mary.get("/api/codes/" + adopter + "/reviews").json();
            JsonNode review = reviews.get(reviews.size() - 1);
            assertThat(review.get("trigger").asText()).as(adopter).isEqualTo("AD_HOC");
            assertThat(review.get("decision").isNull()).as(adopter + " in review").isTrue();
            assertThat(review.get("dataSummary").asText()).contains("What changed in the model from version 1 "
                    + "to version 2").contains("In-stock items delivered within 4 working days");
            JsonNode update = review.get("modelUpdates").get(0);
            assertThat(update.get("modelKey").asText()).isEqualTo(model);
            assertThat(update.get("fromVersion").asInt()).isEqualTo(1);
            assertThat(update.get("toVersion").asInt()).isEqualTo(2);
        }
        JsonNode adopters = sara().get("/api/models/" + model + "/adopters").json();
        adopters.forEach(a -> assertThat(a.get("behindModel").asBoolean()).isTrue());
        adopters.forEach(a -> assertThat(a.get("modelUpdateAwaitingReview").asBoolean()).isFalse());
    }
}
