package io.customercodes.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import io.customercodes.web.FromAddress;
import io.customercodes.web.HttpTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A code's charts are for those who evaluate and decide on it, like its indicator readings (README, "Who may see
 * and do what"): code managers, top management and administrators.
 */
@HttpTest
class ChartAccessTest {

    private static String key;

    @LocalServerPort
    int port;

    @Autowired
    ProcessScenario scenario;

    @Autowired
    IdentityService identity;

    FromAddress client;

    @BeforeEach
    void publishedCode() {
        TestUsers.create(identity);
        if (key == null) {
            key = ProcessScenario.uniqueKey("CHART");
            scenario.startCode(key);
            scenario.publishAndImplement(key, "Delivery within 3 days");
        }
        client = new FromAddress("127.0.2.1", port);
    }

    FromAddress.Answer as(String user, String path) {
        return client.getAs(path, user, user);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mary", "tom", "admin"})
    void managersTopManagementAndAdministratorsSeeThePageAndTheSvg(String user) {
        FromAddress.Answer page = as(user, "/manage/codes/" + key);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Charts of ").contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("Satisfaction with the code").contains("Orders on time");

        FromAddress.Answer svg = as(user, "/manage/codes/" + key + "/charts/satisfaction.svg");
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(svg.body()).startsWith("<?xml").contains("<title id=\"chart-satisfaction-title\">");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sam", "carla", "hank"})
    void otherGroupsAreRefusedForEveryCodeAlike(String user) {
        assertThat(as(user, "/manage/codes/" + key).status()).isEqualTo(403);
        assertThat(as(user, "/manage/codes/" + key + "/charts/satisfaction.svg").status()).isEqualTo(403);
        assertThat(as(user, "/manage/codes/NO-SUCH-CODE/charts/satisfaction.svg").status()).isEqualTo(403);
    }

    @Test
    void withoutSigningInTheChartsAskForCredentials() {
        FromAddress.Answer anonymous = client.get("/manage/codes/" + key + "/charts/satisfaction.svg",
                java.util.Map.of());
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(client.getAs("/manage/codes/" + key, "mary", "wrong").status()).isEqualTo(401);
    }

    @Test
    void unknownCodesAndChartsAreNotFoundForManagers() {
        assertThat(as("mary", "/manage/codes/NO-SUCH-CODE").status()).isEqualTo(404);
        assertThat(as("mary", "/manage/codes/" + key + "/charts/nothing.svg").status()).isEqualTo(404);
    }
}
