package io.customercodes.publication;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.web.EngineRestClient;
import io.customercodes.web.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HttpTest
class PublicCodePageTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessScenario scenario;

    @Test
    void aPublishedCodeIsListedAndShowsItsPromisesProvisionsAndIndicators() {
        String key = ProcessScenario.uniqueKey("PUB");
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Delivery within 3 days");
        EngineRestClient anonymous = new EngineRestClient(port, null);

        assertThat(anonymous.get("/codes").body()).contains("/codes/" + key).contains("Promise of " + key);
        String page = anonymous.get("/codes/" + key).body();
        assertThat(page).contains("<html lang=\"en\"").contains("<h1>Promise of " + key + "</h1>")
                .contains("Delivery within 3 days").contains("Delivery charge refunded")
                .contains("Retail ADR scheme").contains("Orders on time").contains("≥ 95 %")
                .contains("Version</dt><dd>1</dd>").contains("Next review");
    }

    @Test
    void aCodeWithoutAPublishedVersionIsNotFound() {
        String key = ProcessScenario.uniqueKey("DRAFT");
        scenario.startCode(key);
        assertThat(new EngineRestClient(port, null).get("/codes/" + key).status()).isEqualTo(404);
        assertThat(new EngineRestClient(port, null).get("/codes").body()).doesNotContain(key);
    }
}
