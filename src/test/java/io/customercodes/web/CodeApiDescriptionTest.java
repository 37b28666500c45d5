package io.customercodes.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.customercodes.TestUsers;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The OpenAPI description of /api. */
@HttpTest
class CodeApiDescriptionTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ConfigurableListableBeanFactory beans;

    @BeforeEach
    void users() {
        TestUsers.create(identity);
    }

    @Test
    void describesEveryPathOfOurApiAndNothingElse() {
        JsonNode description = new EngineRestClient(port, "mary").get("/api/openapi.json").json();

        assertThat(description.get("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        description.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/api/codes", "/api/codes/{codeKey}", "/api/codes/{codeKey}/versions",
                "/api/codes/{codeKey}/versions/{number}", "/api/codes/{codeKey}/versions/{from}/diff/{to}",
                "/api/codes/{codeKey}/audit");
        assertThat(paths).allMatch(path -> path.startsWith("/api/"));
        assertThat(description.at("/paths/~1api~1codes~1{codeKey}~1decisions/get/deprecated").asBoolean()).isTrue();
        assertThat(description.at("/paths/~1api~1codes~1{codeKey}~1versions~1{from}~1diff~1{to}/get/responses/400/content")
                .has("application/problem+json")).isTrue();
        assertThat(description.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
        assertThat(description.at("/info/description").asText()).contains("X-Total-Count").contains("Link");
        for (String list : List.of("/api/codes", "/api/codes/{codeKey}/versions", "/api/codes/{codeKey}/audit",
                "/api/codes/{codeKey}/decisions", "/api/codes/{codeKey}/reviews", "/api/codes/{codeKey}/complaints",
                "/api/codes/{codeKey}/indicators", "/api/codes/{codeKey}/indicators/{indicatorId}/readings")) {
            List<String> parameters = new ArrayList<>();
            description.at("/paths/" + list.replace("/", "~1") + "/get/parameters")
                    .forEach(p -> parameters.add(p.get("name").asText()));
            assertThat(parameters).as(list).contains("page", "size");
        }
    }

    @Test
    void theDescriptionNeedsCredentialsLikeTheApiAndTheEngineStaysClosed() {
        EngineRestClient anonymous = new EngineRestClient(port, null);

        assertThat(anonymous.get("/api/openapi.json").status()).isEqualTo(401);
        assertThat(anonymous.get("/v3/api-docs").status()).isNotEqualTo(200);
        assertThat(anonymous.get("/engine-rest/task").status()).isEqualTo(401);
    }

    @Test
    void theBeansThatBuildTheDescriptionWaitForItsFirstRequest() {
        assertThat(beans.getBeanDefinition("customerCodesApi").isLazyInit()).isTrue();
        assertThat(beans.getBeanDefinition("openApiDescription").isLazyInit()).isTrue();
        assertThat(beans.getBeanDefinition("openApiResource").isLazyInit()).isTrue();
    }
}
