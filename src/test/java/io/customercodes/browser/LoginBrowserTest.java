package io.customercodes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.TestUsers;
import io.customercodes.web.EngineRestClient;
import io.customercodes.web.HttpTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Tasklist's login form after too many wrong passwords from this browser's address. */
@HttpTest
class LoginBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @BeforeEach
    void users() {
        TestUsers.create(identity);
    }

    @Test
    void aThrottledLoginSaysWhyAndTheRightPasswordWorksAfterTheWait() throws Exception {
        try (TasklistInBrowser tasklist = new TasklistInBrowser(port)) {
            // By address, not by name: "localhost" may be ::1 for the browser and 127.0.0.1 for the guesser.
            tasklist.browser.get("http://127.0.0.1:" + port + "/camunda/app/tasklist/default/");
            // Wrong passwords for carla from this machine, as a patient script would send them, until the
            // wait is long enough for a person to type.
            EngineRestClient guesser = new EngineRestClient("http://127.0.0.1:" + port, "carla", "guess");
            int failures = 0;
            while (failures < 10) {
                EngineRestClient.Response answer = guesser.get("/api/codes");
                if (answer.status() == 429) {
                    Thread.sleep(1_000);
                } else {
                    assertThat(answer.status()).isEqualTo(401);
                    failures++;
                }
            }

            tasklist.logIn("carla", "carla");
            tasklist.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                    "Too many failed logins from your address. Try again in"));

            Thread.sleep(16_000);
            tasklist.logIn("carla", "carla");
            tasklist.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filters")));
        }
    }
}
