package io.customercodes.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HttpTest
class SecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @BeforeEach
    void users() {
        TestUsers.create(identity);
    }

    @Test
    void theEngineRestApiIsNeverOpenWithoutCredentials() {
        EngineRestClient anonymous = new EngineRestClient(port, null);
        assertThat(anonymous.get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(anonymous.get("/engine-rest/process-definition").status()).isEqualTo(401);
        assertThat(anonymous.get("/engine-rest/user").status()).isEqualTo(401);
    }

    @Test
    void wrongCredentialsAreRefused() {
        EngineRestClient.Response response = new EngineRestClient(port, "mary") {
        }.get("/engine-rest/task");
        assertThat(response.status()).isEqualTo(200);
        assertThat(new EngineRestClient(port, "nobody").get("/engine-rest/task").status()).isEqualTo(401);
    }

    @Test
    void ourApiNeedsCredentialsToo() {
        assertThat(new EngineRestClient(port, null).get("/api/codes").status()).isEqualTo(401);
        assertThat(new EngineRestClient(port, "mary").get("/api/codes").status()).isEqualTo(200);
    }

    /** The password the engine accepted a moment ago is remembered (VerifiedCredentials), and only that one. */
    @Test
    void aRememberedPasswordLetsNoOtherPasswordIn() {
        assertThat(new EngineRestClient(port, "mary").get("/api/codes").status()).isEqualTo(200);
        assertThat(new EngineRestClient(port, "mary").get("/api/codes").status()).isEqualTo(200);

        assertThat(new EngineRestClient("http://localhost:" + port, "mary", "mary2")
                .get("/api/codes").status()).isEqualTo(401);
        assertThat(new EngineRestClient(port, "mary").get("/engine-rest/task").status()).isEqualTo(200);
    }

    @Test
    void engineAuthorizationsApplyToRestCallers() {
        // sam may not start codes: only code managers hold CREATE_INSTANCE on codeLifecycle.
        EngineRestClient.Response response = new EngineRestClient(port, "sam")
                .post("/engine-rest/process-definition/key/codeLifecycle/start", "{}");
        assertThat(response.status()).isEqualTo(403);
        // only administrators manage users
        assertThat(new EngineRestClient(port, "mary").post("/engine-rest/user/create",
                "{\"profile\":{\"id\":\"eve\"},\"credentials\":{\"password\":\"eve\"}}").status()).isEqualTo(403);
    }

    @Test
    void publicPagesAndTheWebappsOpenWithoutLogin() {
        EngineRestClient anonymous = new EngineRestClient(port, null);
        assertThat(anonymous.get("/codes").status()).isEqualTo(200);
        assertThat(anonymous.get("/camunda/app/tasklist/default/").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void eachGroupHasATasklistFilter() {
        for (String[] userAndFilter : new String[][] {{"mary", "Code managers"}, {"sam", "Stakeholders"},
                {"carla", "Compliance"}, {"tom", "Top management"}, {"hank", "Complaint handlers"}}) {
            String names = new EngineRestClient(port, userAndFilter[0]).get("/engine-rest/filter?resourceType=Task")
                    .body();
            assertThat(names).as(userAndFilter[0]).contains("\"" + userAndFilter[1] + "\"").contains("My tasks");
        }
        assertThat(new EngineRestClient(port, "sam").get("/engine-rest/filter?resourceType=Task").body())
                .doesNotContain("Code managers");
    }
}
