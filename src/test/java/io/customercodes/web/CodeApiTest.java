package io.customercodes.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HttpTest
class CodeApiTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ProcessScenario scenario;

    @BeforeEach
    void users() {
        TestUsers.create(identity);
    }

    @Test
    void showsACodeItsVersionsAndTheDecisionsTakenWithActors() {
        String key = ProcessScenario.uniqueKey("API");
        scenario.startCode(key);
        scenario.developUntilApproval(key, "Delivery within 3 days");

        EngineRestClient mary = new EngineRestClient(port, "mary");
        var code = mary.get("/api/codes/" + key).json();
        assertThat(code.get("codeKey").asText()).isEqualTo(key);
        assertThat(code.get("versions").get(0).get("state").asText()).isEqualTo("AWAITING_APPROVAL");

        var version = mary.get("/api/codes/" + key + "/versions/1").json();
        assertThat(version.get("promises").get(0).get("text").asText()).isEqualTo("Delivery within 3 days");
        assertThat(version.get("indicators").get(0).get("comparison").asText()).isEqualTo("AT_LEAST");

        var decisions = mary.get("/api/codes/" + key + "/decisions").json();
        assertThat(decisions.findValuesAsText("actor")).contains("mary", "carla");
        assertThat(decisions.findValuesAsText("kind")).contains("CODE_CREATED", "CONSULTATION_OUTCOME", "ACCURACY");
    }

    @Test
    void theListOfCodesComesInPagesInAStableOrderWithLinksAndATotal() throws Exception {
        for (int i = 0; i < 3; i++) {
            scenario.startCode(ProcessScenario.uniqueKey("PAGE"));
        }
        HttpResponse<String> first = get("/api/codes?page=1&size=2");
        HttpResponse<String> second = get("/api/codes?page=2&size=2");
        assertThat(first.statusCode()).isEqualTo(200);
        long total = Long.parseLong(first.headers().firstValue("X-Total-Count").orElseThrow());
        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(first.headers().firstValue("Link").orElseThrow())
                .contains("</api/codes?page=1&size=2>; rel=\"first\"")
                .contains("</api/codes?page=2&size=2>; rel=\"next\"")
                .contains("</api/codes?page=" + ((total + 1) / 2) + "&size=2>; rel=\"last\"")
                .doesNotContain("rel=\"prev\"");
        List<String> keys = new ArrayList<>();
        EngineRestClient.MAPPER.readTree(first.body()).forEach(c -> keys.add(c.get("codeKey").asText()));
        EngineRestClient.MAPPER.readTree(second.body()).forEach(c -> keys.add(c.get("codeKey").asText()));
        assertThat(keys).hasSize(4).doesNotHaveDuplicates().isSorted();

        for (String bad : List.of("page=0", "page=x", "size=0", "size=501")) {
            EngineRestClient.Response refused = new EngineRestClient(port, "mary").get("/api/codes?" + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("field").asText()).isEqualTo(bad.substring(0, bad.indexOf('=')));
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("mary:mary".getBytes()))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUnknownCodeIsAProblemDocument() {
        EngineRestClient.Response response = new EngineRestClient(port, "mary").get("/api/codes/NO-SUCH-CODE");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).contains("NO-SUCH-CODE");
    }
}
