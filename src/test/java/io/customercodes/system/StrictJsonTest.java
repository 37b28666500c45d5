package io.customercodes.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import io.customercodes.version.PromiseCategory;
import io.customercodes.web.EngineRestClient;
import io.customercodes.web.HttpTest;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A JSON value of the wrong type is refused, naming its field, rather than quietly turned into another. */
@HttpTest
class StrictJsonTest {

    record Example(boolean active, int count, PromiseCategory category) {
    }

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ProcessScenario scenario;

    @Autowired
    ObjectMapper json;

    final String key = ProcessScenario.uniqueKey("JSON");
    String readings;

    @BeforeEach
    void publishedCode() {
        TestUsers.create(identity);
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Delivery within 3 days");
        String indicators = "/api/codes/" + key + "/indicators";
        long indicatorId = new EngineRestClient(port, "mary").get(indicators).json().get(0).get("indicatorId").asLong();
        readings = indicators + "/" + indicatorId + "/readings";
    }

    @Test
    void aReadingWhoseValuesHaveTheWrongTypeIsRefusedNamingTheField() {
        EngineRestClient mary = new EngineRestClient(port, "mary");

        assertRefused(mary.post(readings, "{\"value\": \"90\"}"), "value");
        assertRefused(mary.post(readings, "{\"value\": true}"), "value");
        assertRefused(mary.post(readings, "{\"value\": 90, \"note\": 5}"), "note");
        assertRefused(mary.post(readings, "{\"value\": 90, \"note\": {\"text\": \"late\"}}"), "note");
        assertRefused(mary.post(readings, "{\"value\": 90, \"note\": false}"), "note");
        assertRefused(mary.post(readings, "{\"value\": 90, \"measuredOn\": 20000}"), "measuredOn");
        assertThat(mary.get(readings).json()).isEmpty();

        assertThat(mary.post(readings, "{\"value\": 90.5, \"note\": \"5\", \"measuredOn\": null}").status())
                .isEqualTo(201);
    }

    @Test
    void theApisJsonTakesNoTextForBooleansNoNumbersForEnumsNoFractionsForWholeNumbers() {
        assertThatThrownBy(() -> json.readValue("{\"active\": \"true\"}", Example.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> json.readValue("{\"active\": 1}", Example.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> json.readValue("{\"count\": \"3\"}", Example.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> json.readValue("{\"count\": 1.5}", Example.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> json.readValue("{\"count\": null}", Example.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> json.readValue("{\"category\": 0}", Example.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    private static void assertRefused(EngineRestClient.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("field").asText()).isEqualTo(field);
        assertThat(problem.get("detail").asText()).startsWith(field + ":");
    }
}
