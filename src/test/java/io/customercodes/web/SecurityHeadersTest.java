package io.customercodes.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.TestUsers;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HttpTest
class SecurityHeadersTest {

    @Autowired
    IdentityService identity;

    private static final String PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    @LocalServerPort
    int port;

    @Test
    void publicPagesAllowTheirOwnStylesheetAndNothingElse() {
        FromAddress client = new FromAddress("127.0.0.1", port);
        for (String path : new String[] {"/codes", "/codes/NO-SUCH-CODE", "/codes/NO-SUCH-CODE/versions"}) {
            FromAddress.Answer page = client.get(path, Map.of("Accept", "text/html"));

            assertThat(page.headers("Content-Security-Policy")).as(path).containsExactly(PAGE_POLICY);
            assertThat(page.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
            assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
            // what the policy would block: inline styles and scripts, other origins
            assertThat(page.body()).as(path).doesNotContain("style=", "<style", "<script", "http://", "https://")
                    .contains("<link rel=\"stylesheet\" href=\"/css/site.css\">");
        }
        FromAddress.Answer stylesheet = client.get("/css/site.css", Map.of());
        assertThat(stylesheet.status()).isEqualTo(200);
        assertThat(stylesheet.header("Content-Type")).startsWith("text/css");
    }

    @Test
    void apiAnswersMayNeitherRunNorBeFramedNorLeakTheirAddress() {
        FromAddress client = new FromAddress("127.0.0.1", port);
        for (String path : new String[] {"/api/codes", "/engine-rest/task", "/api/openapi.json"}) {
            FromAddress.Answer answer = client.get(path, Map.of("Accept", "application/json"));

            assertThat(answer.headers("Content-Security-Policy")).as(path)
                    .containsExactly("default-src 'none'; frame-ancestors 'none'");
            assertThat(answer.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("Cache-Control")).contains("no-store");
        }
    }

    @Test
    void theCamundaWebappsKeepTheirOwnPolicy() {
        // With no administrator yet, the webapps send everyone to the set-up page instead.
        TestUsers.create(identity);
        FromAddress.Answer tasklist = new FromAddress("127.0.0.1", port).get("/camunda/app/tasklist/default/",
                Map.of("Accept", "text/html"));

        assertThat(tasklist.status()).as("redirected to %s", tasklist.header("Location")).isEqualTo(200);
        assertThat(tasklist.headers("Content-Security-Policy")).hasSize(1);
        assertThat(tasklist.header("Content-Security-Policy")).contains("script-src 'nonce-")
                .isNotEqualTo(PAGE_POLICY);
        assertThat(tasklist.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
    }
}
