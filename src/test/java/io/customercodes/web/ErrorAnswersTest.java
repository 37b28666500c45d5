package io.customercodes.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Errors answer browsers with a page and API clients with application/problem+json; neither tells internals. */
@HttpTest
class ErrorAnswersTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ProcessScenario scenario;

    FromAddress client;

    @BeforeEach
    void users() {
        TestUsers.create(identity);
        client = new FromAddress("127.0.0.1", port);
    }

    @Test
    void anUnknownCodeAnswersABrowserWithAnAccessiblePage() {
        for (String path : List.of("/codes/NO-SUCH-CODE", "/codes/NO-SUCH-CODE/versions")) {
            FromAddress.Answer page = client.get(path, Map.of("Accept", BROWSER));

            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.header("Content-Type")).as(path).startsWith("text/html");
            assertThat(page.body()).contains("<html lang=\"en\"", "<h1>Code not found</h1>", "NO-SUCH-CODE",
                    "href=\"/codes\"", "Skip to content", "/css/site.css");
        }
    }

    @Test
    void theKeyOnTheNotFoundPageIsText() {
        FromAddress.Answer page = client.get("/codes/%3Cb%3Ebold%3C%2Fb%3E", Map.of("Accept", BROWSER));
        FromAddress.Answer other = client.get("/codes/%3Cb%3Ebold", Map.of("Accept", BROWSER));

        assertThat(page.status()).isEqualTo(400);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).contains("&lt;b&gt;bold").doesNotContain("<b>bold");
    }

    @Test
    void otherErrorsOnPublicPagesArePagesToo() {
        FromAddress.Answer missing = client.get("/codes/SOME-CODE/no/such/page", Map.of("Accept", BROWSER));
        FromAddress.Answer closed = client.get("/internal", Map.of("Accept", BROWSER));
        FromAddress.Answer malformed = client.get("/codes;x", Map.of("Accept", BROWSER));

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("text/html");
        assertThat(missing.body()).contains("<h1>Page not found</h1>", "href=\"/codes\"");
        assertThat(closed.status()).isEqualTo(403);
        assertThat(closed.body()).contains("<h1>Not open to the public</h1>", "href=\"/codes\"");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("<h1>This request cannot be answered</h1>", "href=\"/codes\"");
    }

    @Test
    void theApiAnswersProblemsEvenToABrowser() {
        Map<String, String> maryInABrowser = Map.of("Accept", BROWSER,
                "Authorization", FromAddress.basic("mary", "mary"));
        FromAddress.Answer unknownCode = client.get("/api/codes/NO-SUCH-CODE", maryInABrowser);
        FromAddress.Answer noSuchResource = client.get("/api/no-such-resource", maryInABrowser);
        FromAddress.Answer anonymous = client.get("/api/codes", Map.of("Accept", BROWSER));

        assertThat(unknownCode.status()).isEqualTo(404);
        assertThat(unknownCode.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknownCode.body()).as("our own message stays").contains("No code with key NO-SUCH-CODE");
        assertThat(noSuchResource.status()).isEqualTo(404);
        assertThat(noSuchResource.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
    }

    /** Camunda answers most calls on a task id that names no task with 500, one of them with an NPE's message. */
    @Test
    void aCallOnAnUnknownTaskIsNotFound() {
        EngineRestClient mary = new EngineRestClient(port, "mary");
        Map<String, EngineRestClient.Response> answers = new LinkedHashMap<>();
        for (String call : List.of("claim", "unclaim", "complete", "submit-form", "resolve")) {
            answers.put("POST " + call, mary.post("/engine-rest/task/no-such-task/" + call, EngineRestClient.object()));
        }
        for (String call : List.of("", "/form", "/form-variables", "/deployed-form", "/rendered-form", "/variables",
                "/localVariables", "/identity-links")) {
            answers.put("GET" + call, mary.get("/engine-rest/task/no-such-task" + call));
        }
        answers.forEach((call, answer) -> {
            assertThat(answer.status()).as(call).isIn(400, 404);
            assertThat(answer.body()).as(call).doesNotContain("NullPointerException");
        });
        assertThat(answers.get("POST claim").status()).isEqualTo(404);
        assertThat(answers.get("POST claim").json().get("message").asText()).isEqualTo("No matching task with id "
                + "no-such-task");
        assertThat(answers.get("GET/deployed-form").status()).isEqualTo(404);
    }

    @Test
    void aFailureInsideTellsNeitherSqlNorAStackTrace() {
        String key = ProcessScenario.uniqueKey("ERR");
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Delivery within 3 days");
        EngineRestClient mary = new EngineRestClient(port, "mary");
        String indicators = "/api/codes/" + key + "/indicators";
        long indicatorId = mary.get(indicators).json().get(0).get("indicatorId").asLong();

        // Longer than its column and larger than its column: the database refuses both.
        EngineRestClient.Response longNote = mary.post(indicators + "/" + indicatorId + "/readings",
                Map.of("value", 90, "note", "n".repeat(2500)));
        EngineRestClient.Response hugeValue = mary.post(indicators + "/" + indicatorId + "/readings",
                "{\"value\": 1e30}");

        for (EngineRestClient.Response response : List.of(longNote, hugeValue)) {
            assertThat(response.status()).isBetween(400, 599);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertNothingInternal(response.body());
        }
    }

    @Test
    void malformedAddressesAreRefusedWithoutAStackTrace() {
        Map<String, String> mary = Map.of("Authorization", FromAddress.basic("mary", "mary"),
                "Accept", "application/json");
        for (String path : List.of("/engine-rest;x/task", "/engine-rest;jsessionid=0123ABCD/task",
                "/engine-rest/task;x", "/engine-rest/%2e%2e/api/codes", "/engine-rest/../api/codes",
                "/engine-rest/task%2F1", "/engine-rest/task%5C1", "/engine-rest//task", "/api;x/codes",
                "/api/codes;jsessionid=0123ABCD", "/api/codes/%2e%2e/codes", "/api/codes%2Fx",
                "/camunda;x/app/tasklist/", "/camunda/app/%2e%2e/tasklist/", "/camunda/api/engine;x/engine/",
                "/codes;jsessionid=0123ABCD", "/codes/..%2F..%2Fapi", "/%2e%2e/codes")) {
            FromAddress.Answer answer = client.get(path, mary);

            assertThat(answer.status()).as(path).isBetween(400, 499);
            assertNothingInternal(answer.body());
        }
    }

    private static void assertNothingInternal(String body) {
        assertThat(body).doesNotContainIgnoringCase("sql").doesNotContainIgnoringCase("insert into")
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at org.")
                .doesNotContain("contextPath").doesNotContain("java.");
    }
}
