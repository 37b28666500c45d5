package io.customercodes.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Wrong passwords slow down whoever sends them, and lock nobody out. Each test plays its strangers from its
 * own loopback addresses, so that the throttle's memory of one test does not reach into another.
 */
@HttpTest
class LoginThrottlingTest {

    private static final String LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @BeforeEach
    void users() {
        TestUsers.create(identity);
    }

    @Test
    void aStrangersWrongPasswordsDoNotLockHankOut() {
        FromAddress stranger = new FromAddress("127.0.0.2", port);
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            answers.add(stranger.getAs("/api/codes", "hank", "guess" + i).status());
        }

        assertThat(answers).containsOnly(401, 429).contains(429);
        assertThat(new EngineRestClient(port, "hank").get("/api/codes").status()).isEqualTo(200);
        assertThat(new EngineRestClient(port, "hank").get("/engine-rest/task").status()).isEqualTo(200);
    }

    @Test
    void strangersOnManyAddressesDoNotLockHankOutEither() {
        // More failures in all than the engine's own throttling allowed before it locked an account for good.
        for (int address = 10; address < 14; address++) {
            FromAddress stranger = new FromAddress("127.0.0." + address, port);
            for (int i = 0; i < 5; i++) {
                assertThat(stranger.getAs("/engine-rest/task", "hank", "guess" + i).status()).isEqualTo(401);
            }
        }

        assertThat(new EngineRestClient(port, "hank").get("/engine-rest/task").status()).isEqualTo(200);
    }

    @Test
    void guessingSlowsDownUntilEvenTheRightPasswordMustWait() throws InterruptedException {
        FromAddress guesser = new FromAddress("127.0.0.3", port);
        for (int i = 0; i < 6; i++) {
            assertThat(guesser.getAs("/api/codes", "tom", "guess" + i).status()).as("guess %d", i).isEqualTo(401);
        }

        FromAddress.Answer refused = guesser.getAs("/api/codes", "tom", "tom");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 2);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("Too many failed logins").doesNotContain("Exception");
        assertThat(refused.header("WWW-Authenticate")).isNull();
        // Another user at the same address is not held up by tom's failures.
        assertThat(guesser.getAs("/api/codes", "mary", "mary").status()).isEqualTo(200);

        Thread.sleep(Integer.parseInt(refused.header("Retry-After")) * 1000L + 100);
        assertThat(guesser.getAs("/api/codes", "tom", "guess6").status()).isEqualTo(401);
        FromAddress.Answer longer = guesser.getAs("/api/codes", "tom", "tom");
        assertThat(longer.status()).isEqualTo(429);
        assertThat(Integer.parseInt(longer.header("Retry-After"))).isBetween(2, 3);
    }

    @Test
    void theWebappLoginIsThrottledTheSameWay() {
        FromAddress stranger = new FromAddress("127.0.0.4", port);
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(webappLogin(stranger, "hank", "guess" + i).status());
        }
        FromAddress.Answer refused = webappLogin(stranger, "hank", "hank");

        assertThat(answers).containsOnly(401, 429).contains(429);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotNull();
        // Tasklist's login form shows the answer's "message"
        assertThat(refused.body()).contains("\"message\":\"Too many failed logins");

        FromAddress hanksDesk = new FromAddress("127.0.0.5", port);
        FromAddress.Answer hank = webappLogin(hanksDesk, "hank", "hank");
        assertThat(hank.status()).as(hank.body()).isNotIn(401, 429);
        assertThat(webappLogin(hanksDesk, "demo-admin", "demo-admin").status()).isEqualTo(401);
        assertThat(webappLogin(hanksDesk, "admin", "admin").status()).as("a right password passes the throttle")
                .isEqualTo(200);
    }

    @Test
    void verifyingSomeoneElsesPasswordIsThrottledToo() {
        FromAddress mary = new FromAddress("127.0.0.6", port);
        Map<String, String> asMary = Map.of("Authorization", FromAddress.basic("mary", "mary"),
                "Content-Type", "application/json", "Accept", "application/json");
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            FromAddress.Answer answer = mary.post("/engine-rest/identity/verify", asMary,
                    "{\"username\":\"hank\",\"password\":\"guess" + i + "\"}");
            answers.add(answer.status() + (answer.body().contains("\"authenticated\":false") ? " refused" : ""));
        }

        assertThat(answers.subList(0, 6)).containsOnly("200 refused");
        assertThat(answers.subList(6, 8)).containsOnly("429");
        assertThat(new EngineRestClient(port, "hank").get("/api/codes").status()).isEqualTo(200);
    }

    /** Logs in as Tasklist's login form does: a page first, for the session and its CSRF token. */
    private static FromAddress.Answer webappLogin(FromAddress client, String user, String password) {
        FromAddress.Answer page = client.get("/camunda/app/tasklist/default/", Map.of());
        String cookies = page.headers("Set-Cookie").stream().map(cookie -> cookie.split(";")[0])
                .collect(Collectors.joining("; "));
        return client.post(LOGIN, Map.of("Cookie", cookies, "X-XSRF-TOKEN", page.header("X-XSRF-TOKEN"),
                "Content-Type", "application/x-www-form-urlencoded", "Accept", "application/json"),
                "username=" + user + "&password=" + password);
    }
}
