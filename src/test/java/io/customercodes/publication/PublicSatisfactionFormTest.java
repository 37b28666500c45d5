package io.customercodes.publication;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import io.customercodes.web.FromAddress;
import io.customercodes.web.HttpTest;
import io.customercodes.web.PublicComplaintForm;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The satisfaction question on a code's public page (ISO 10001 clause 8.3), over HTTP as a browser without
 * JavaScript sends it: one answer per browser session, a limit per client address, nothing kept of a refused
 * answer, and nothing kept about who answered.
 */
@HttpTest
class PublicSatisfactionFormTest {

    /** Addresses of their own, apart from those of the complaint form's tests, so that no throttle is shared. */
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(150);
    private static String key;

    @LocalServerPort
    int port;

    @Autowired
    ProcessScenario scenario;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    PublicComplaintForm customer;

    @BeforeEach
    void publishedCode() {
        TestUsers.create(identity);
        if (key == null) {
            key = ProcessScenario.uniqueKey("SAT");
            scenario.startCode(key);
            scenario.publishAndImplement(key, "Delivery within 3 days");
        }
        customer = new PublicComplaintForm(nextAddress(), port);
    }

    static String nextAddress() {
        return "127.0.1." + NEXT_ADDRESS.getAndIncrement();
    }

    int answersStored() {
        return jdbc.queryForObject("select count(*) from satisfaction_answer a join code c on c.id = a.code_id"
                + " where c.code_key = ?", Integer.class, key);
    }

    FromAddress.Answer answer(PublicComplaintForm browser, String score, String comment) {
        browser.open("/codes/" + key);
        return browser.send("/codes/" + key + "/satisfaction", Map.of("score", score, "comment", comment));
    }

    @Test
    void thePageAsksWithAFivePointScaleInAFieldsetAndAnOptionalBoundedComment() {
        String page = customer.open("/codes/" + key).body();

        assertThat(page).contains("<h2 id=\"satisfaction\">Did this code tell you clearly what to expect?</h2>")
                .contains("<legend>How clearly did the code tell you what to expect? (1 = not at all, 5 = completely)</legend>")
                .contains("<input type=\"radio\" name=\"score\" required id=\"score-1\" value=\"1\"")
                .contains("<label for=\"score-5\">5 — Completely clearly</label>")
                .contains("<label for=\"satisfactionComment\">What was unclear, or what helped? (optional)</label>")
                .contains("maxlength=\"1000\"")
                .contains("action=\"/codes/" + key + "/satisfaction\"")
                .containsPattern("<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\"");
    }

    @Test
    void anAnswerIsKeptOnceAndTheSameBrowserSessionCannotAnswerAgain() {
        int before = answersStored();

        FromAddress.Answer sent = answer(customer, "4", "Clear about delivery times.");
        assertThat(sent.status()).as(sent.body()).isEqualTo(303);
        assertThat(PublicComplaintForm.path(sent.header("Location"))).isEqualTo("/codes/" + key);
        assertThat(sent.header("Location")).endsWith("#satisfaction");
        assertThat(sent.headers("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("satisfaction-answered-" + key + "=").contains("Path=/codes/" + key).contains("HttpOnly")
                .doesNotContain("Max-Age").doesNotContain("Expires"));
        assertThat(answersStored()).isEqualTo(before + 1);
        assertThat(customer.open("/codes/" + key).body()).contains("Thank you: your answer for this code has been recorded")
                .doesNotContain("name=\"score\"");

        FromAddress.Answer again = customer.send("/codes/" + key + "/satisfaction", Map.of("score", "1", "comment", ""));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("Thank you: your answer for this code has been recorded");
        assertThat(answersStored()).isEqualTo(before + 1);
    }

    @Test
    void aMissingOrWrongScoreBringsTheFormBackWithItsErrorAndKeepsNothing() {
        int before = answersStored();
        for (String score : List.of("", "0", "6", "3.5", "five")) {
            FromAddress.Answer refused = answer(customer, score, "My comment stays");

            assertThat(refused.status()).as(score).isEqualTo(400);
            assertThat(refused.body()).as(score).contains("<title>Error: ")
                    .contains("Your answer was not sent: please check it")
                    .contains("<a href=\"#score-1\">Choose how clearly the code told you what to expect, from 1 to 5</a>")
                    .contains("id=\"score-error\"").contains(">My comment stays</textarea>");
        }
        assertThat(answersStored()).isEqualTo(before);
        assertThat(customer.hasCookie("satisfaction-answered-" + key)).isFalse();
    }

    @Test
    void anOverLongCommentIsRefusedWithItsLengthAndKeepsNothing() {
        int before = answersStored();
        FromAddress.Answer refused = answer(customer, "2", "x".repeat(1001));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("<a href=\"#satisfactionComment\">Your comment must have at most 1,000"
                + " characters; it has 1,001</a>").contains("aria-invalid=\"true\"");
        assertThat(answersStored()).isEqualTo(before);

        assertThat(answer(customer, "2", "y".repeat(1000)).status()).isEqualTo(303);
        assertThat(answersStored()).isEqualTo(before + 1);
    }

    @Test
    void aScriptDroppingTheCookieIsSlowedDownPerAddressWith429AndRetryAfter() {
        String address = nextAddress();
        int before = answersStored();
        int answered = 0;
        FromAddress.Answer throttled;
        do {
            throttled = answer(new PublicComplaintForm(address, port), "5", "");
            answered += throttled.status() == 303 ? 1 : 0;
        } while (throttled.status() == 303 && answered < 40);

        assertThat(answered).isBetween(20, 22);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(Integer.parseInt(throttled.header("Retry-After"))).isBetween(1, 30);
        assertThat(answersStored()).isEqualTo(before + answered);
        assertThat(answer(new PublicComplaintForm(address, port), "5", "").status()).isEqualTo(429);
        assertThat(answersStored()).as("nothing kept of a refused answer").isEqualTo(before + answered);
        assertThat(answer(new PublicComplaintForm(nextAddress(), port), "5", "").status())
                .as("another address is not slowed down").isEqualTo(303);
    }

    @Test
    void anUnknownCodeTakesNoAnswer() {
        customer.open("/codes/" + key);
        assertThat(customer.send("/codes/NO-SUCH-CODE/satisfaction", Map.of("score", "3")).status()).isEqualTo(404);
    }

    @Test
    void nothingAboutWhoAnsweredIsKept() {
        List<String> columns = jdbc.queryForList("select column_name from information_schema.columns"
                + " where lower(table_name) = 'satisfaction_answer'", String.class).stream()
                .map(c -> c.toLowerCase(Locale.ROOT)).toList();

        assertThat(columns).containsExactlyInAnyOrder("id", "code_id", "version_id", "answered_on", "score", "comment");
    }
}
