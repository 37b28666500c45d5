package io.customercodes.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import io.customercodes.web.EngineRestClient;
import io.customercodes.web.HttpTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HttpTest
class ComplaintApiTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ProcessScenario scenario;

    @Autowired
    ComplaintRepository complaints;

    @Autowired
    RuntimeService runtime;

    final String key = ProcessScenario.uniqueKey("API");

    @BeforeEach
    void publishedCode() {
        TestUsers.create(identity);
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Delivery within 3 days");
    }

    Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>();
        body.put("codeKey", key);
        body.put("promiseNumber", 1);
        body.put("whatHappened", "Ordered on Monday, delivered the next Tuesday.");
        body.put("remedyWanted", "Refund the delivery charge");
        body.put("complainantName", "Alex Example");
        body.put("complainantEmail", "alex@example.test");
        body.put("consentToStore", true);
        return body;
    }

    @Test
    void aHelpdeskFilesAComplaintAndGetsItsReferenceAndStatusLink() {
        EngineRestClient.Response filed = new EngineRestClient(port, "hank").post("/api/complaints", body());

        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String reference = filed.json().get("reference").asText();
        assertThat(reference).matches(key + "-\\d{4}-00001");
        assertThat(filed.json().get("statusPath").asText()).startsWith(ComplaintLinks.STATUS_PAGE);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("complaintHandling")
                .processInstanceBusinessKey(reference).count()).isEqualTo(1);

        JsonNode complaint = new EngineRestClient(port, "mary").get("/api/complaints/" + reference).json();
        assertThat(complaint.get("complainantName").asText()).isEqualTo("Alex Example");
        assertThat(complaint.get("channel").asText()).isEqualTo("API");
        assertThat(complaint.get("filedBy").asText()).isEqualTo("hank");
        assertThat(complaint.get("state").asText()).isEqualTo("RECEIVED");
        assertThat(complaint.get("steps").get(0).get("step").asText()).isEqualTo("ACKNOWLEDGEMENT");

        JsonNode list = new EngineRestClient(port, "hank").get("/api/codes/" + key + "/complaints").json();
        assertThat(list.findValuesAsText("reference")).containsExactly(reference);
        assertThat(list.get(0).has("complainantName")).isFalse();

        JsonNode statistics = new EngineRestClient(port, "sam").get("/api/codes/" + key + "/complaints/statistics")
                .json();
        assertThat(statistics.get("received").asInt()).isEqualTo(1);
        assertThat(statistics.get("perPromise").get("promise 1").asInt()).isEqualTo(1);
        assertThat(statistics.toString()).doesNotContain("Alex");
        assertThat(new EngineRestClient(port, "sam").get("/api/codes/" + key + "/complaints/statistics?since="
                + io.customercodes.system.EngineClock.today().plusDays(1)).json().get("received").asInt()).isZero();
        assertThat(new EngineRestClient(port, "sam").get("/api/codes/" + key + "/complaints/statistics?since=soon")
                .json().get("field").asText()).isEqualTo("since");
        assertThat(new EngineRestClient(port, "sam").get("/api/codes/" + key + "/versions/1").json()
                .get("complaintResponseDays").asInt()).isEqualTo(10);
    }

    @Test
    void aCodesComplaintsComeInPagesAsTheyCameInWithLinksAndATotal() throws Exception {
        List<String> filed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            filed.add(scenario.fileComplaint(key, 1).reference());
        }
        String path = "/api/codes/" + key + "/complaints";
        HttpResponse<String> first = get(path + "?page=1&size=2");
        HttpResponse<String> second = get(path + "?page=2&size=2");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("X-Total-Count")).contains("3");
        assertThat(first.headers().firstValue("Link").orElseThrow())
                .contains("<" + path + "?page=1&size=2>; rel=\"first\"")
                .contains("<" + path + "?page=2&size=2>; rel=\"next\"")
                .contains("<" + path + "?page=2&size=2>; rel=\"last\"")
                .doesNotContain("rel=\"prev\"");
        assertThat(second.headers().firstValue("Link").orElseThrow())
                .contains("<" + path + "?page=1&size=2>; rel=\"prev\"").doesNotContain("rel=\"next\"");
        List<String> references = new ArrayList<>();
        new ObjectMapper().readTree(first.body()).forEach(c -> references.add(c.get("reference").asText()));
        new ObjectMapper().readTree(second.body()).forEach(c -> references.add(c.get("reference").asText()));
        assertThat(references).containsExactlyElementsOf(filed);
        assertThat(get(path).headers().firstValue("Link").orElseThrow())
                .contains("<" + path + "?page=1&size=100>; rel=\"last\"");

        for (String bad : List.of("page=0", "page=-1", "page=x", "size=0", "size=501", "size=1.5")) {
            EngineRestClient.Response refused = new EngineRestClient(port, "hank").get(path + "?" + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("field").asText()).isEqualTo(bad.substring(0, bad.indexOf('=')));
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("hank:hank".getBytes()))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void onlyHandlersManagersAndAdministratorsFileAndReadComplaints() {
        String reference = scenario.fileComplaint(key, 1).reference();
        long before = complaints.count();

        assertThat(new EngineRestClient(port, "sam").post("/api/complaints", body()).status()).isEqualTo(403);
        assertThat(new EngineRestClient(port, "tom").post("/api/complaints", body()).status()).isEqualTo(403);
        assertThat(new EngineRestClient(port, null).post("/api/complaints", body()).status()).isEqualTo(401);
        assertThat(complaints.count()).isEqualTo(before);
        for (String path : new String[] {"/api/complaints/" + reference, "/api/codes/" + key + "/complaints"}) {
            assertThat(new EngineRestClient(port, "sam").get(path).status()).as(path).isEqualTo(403);
            assertThat(new EngineRestClient(port, "carla").get(path).status()).as(path).isEqualTo(403);
            assertThat(new EngineRestClient(port, "hank").get(path).status()).as(path).isEqualTo(200);
            assertThat(new EngineRestClient(port, "mary").get(path).status()).as(path).isEqualTo(200);
            assertThat(new EngineRestClient(port, "admin").get(path).status()).as(path).isEqualTo(200);
        }
        assertThat(new EngineRestClient(port, "hank").get("/api/complaints/" + key + "-1999-00001").status())
                .isEqualTo(404);
    }

    @Test
    void badFilingsAreRefusedAsProblemsNamingTheFieldAndNothingIsWritten() {
        EngineRestClient hank = new EngineRestClient(port, "hank");
        long before = complaints.count();
        Map<String, Object[]> cases = new java.util.LinkedHashMap<>();
        cases.put("codeKey", new Object[] {"codeKey", "NO-SUCH-CODE"});
        cases.put("promiseNumber", new Object[] {"promiseNumber", 7});
        cases.put("whatHappened", new Object[] {"whatHappened", " "});
        cases.put("whatHappened ", new Object[] {"whatHappened", "x".repeat(ComplaintIntake.MAX_WHAT_HAPPENED + 1)});
        cases.put("complainantName", new Object[] {"complainantName", null});
        cases.put("complainantEmail", new Object[] {"complainantEmail", "not-an-address"});
        cases.put("consentToStore", new Object[] {"consentToStore", false});
        cases.forEach((expectedField, change) -> {
            Map<String, Object> body = body();
            body.put((String) change[0], change[1]);
            EngineRestClient.Response response = hank.post("/api/complaints", body);
            assertThat(response.status()).as(expectedField + ": " + response.body()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("field").asText()).isEqualTo(expectedField.strip());
        });
        Map<String, Object> noContact = body();
        noContact.remove("complainantEmail");
        assertThat(hank.post("/api/complaints", noContact).json().get("field").asText()).isEqualTo("complainantEmail");
        Map<String, Object> wrongType = body();
        wrongType.put("promiseNumber", "first");
        EngineRestClient.Response unreadable = hank.post("/api/complaints", wrongType);
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.json().get("field").asText()).isEqualTo("promiseNumber");

        assertThat(complaints.count()).isEqualTo(before);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("complaintHandling").list())
                .noneMatch(pi -> pi.getBusinessKey() != null && pi.getBusinessKey().startsWith(key));
    }
}
