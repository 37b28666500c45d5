package io.customercodes.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import io.customercodes.system.EngineClock;
import io.customercodes.web.EngineRestClient;
import io.customercodes.web.HttpTest;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HttpTest
class IndicatorReadingsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ProcessScenario scenario;

    final String key = ProcessScenario.uniqueKey("READ");
    String indicators;
    long indicatorId;

    @BeforeEach
    void publishedCode() {
        TestUsers.create(identity);
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Delivery within 3 days");
        indicators = "/api/codes/" + key + "/indicators";
        indicatorId = new EngineRestClient(port, "mary").get(indicators).json().get(0).get("indicatorId").asLong();
    }

    @Test
    void aCodeManagerRecordsReadingsAndTheLatestIsHeldAgainstTheTarget() {
        EngineRestClient mary = new EngineRestClient(port, "mary");
        String readings = indicators + "/" + indicatorId + "/readings";
        assertThat(mary.get(indicators).json().get(0).get("latestValue").isNull()).isTrue();

        EngineRestClient.Response older = mary.post(readings, Map.of("value", 97.5,
                "measuredOn", EngineClock.today().minusDays(30).toString()));
        EngineRestClient.Response newer = mary.post(readings, Map.of("value", 93, "note", "Strike at the carrier"));

        assertThat(older.status()).isEqualTo(201);
        assertThat(newer.status()).isEqualTo(201);
        assertThat(newer.json().get("recordedBy").asText()).isEqualTo("mary");
        JsonNode indicator = mary.get(indicators).json().get(0);
        assertThat(indicator.get("name").asText()).isEqualTo("Orders on time");
        assertThat(indicator.get("target").asText()).isEqualTo("≥ 95 %");
        assertThat(indicator.get("latestValue").decimalValue()).isEqualByComparingTo("93");
        assertThat(indicator.get("measuredOn").asText()).isEqualTo(EngineClock.today().toString());
        assertThat(indicator.get("met").asBoolean()).isFalse();
        assertThat(mary.get(readings).json().findValuesAsText("note")).contains("Strike at the carrier");
    }

    @Test
    void onlyCodeManagersRecordReadings() {
        EngineRestClient.Response bySam = new EngineRestClient(port, "sam")
                .post(indicators + "/" + indicatorId + "/readings", Map.of("value", 99));
        EngineRestClient.Response anonymous = new EngineRestClient(port, null)
                .post(indicators + "/" + indicatorId + "/readings", Map.of("value", 99));

        assertThat(bySam.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(new EngineRestClient(port, "mary").get(indicators + "/" + indicatorId + "/readings").json())
                .isEmpty();
    }

    @Test
    void badReadingsAreRefusedAsProblemsNamingTheField() {
        EngineRestClient mary = new EngineRestClient(port, "mary");
        String readings = indicators + "/" + indicatorId + "/readings";

        EngineRestClient.Response noValue = mary.post(readings, Map.of("note", "forgot"));
        EngineRestClient.Response future = mary.post(readings, Map.of("value", 90,
                "measuredOn", EngineClock.today().plusDays(3).toString()));
        EngineRestClient.Response notANumber = mary.post(readings, "{\"value\": \"ninety\"}");
        EngineRestClient.Response otherIndicator = mary.post(indicators + "/999999/readings", Map.of("value", 90));

        assertThat(noValue.status()).isEqualTo(400);
        assertThat(noValue.contentType()).startsWith("application/problem+json");
        assertThat(noValue.json().get("field").asText()).isEqualTo("value");
        assertThat(future.json().get("field").asText()).isEqualTo("measuredOn");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.json().get("field").asText()).isEqualTo("value");
        assertThat(otherIndicator.status()).isEqualTo(400);
        assertThat(otherIndicator.json().get("field").asText()).isEqualTo("indicatorId");
        assertThat(mary.get(readings).json()).isEmpty();
    }
}
