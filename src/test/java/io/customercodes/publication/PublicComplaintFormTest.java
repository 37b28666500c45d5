package io.customercodes.publication;

import static io.customercodes.web.PublicComplaintForm.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.customercodes.ProcessScenario;
import io.customercodes.TestUsers;
import io.customercodes.system.EngineClock;
import io.customercodes.web.EngineRestClient;
import io.customercodes.web.FromAddress;
import io.customercodes.web.HttpTest;
import io.customercodes.web.PublicComplaintForm;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The complaint form on a code's public page and the complainant's status page, over HTTP as a browser without
 * JavaScript sends them: every refusal writes nothing, and each form is protected against forgery, oversized
 * bodies and bursts.
 */
@HttpTest
class PublicComplaintFormTest {

    /** Each test its own client address, so that the filing throttle of one does not slow another. */
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(20);
    private static String key;

    @LocalServerPort
    int port;

    @Autowired
    ProcessScenario scenario;

    @Autowired
    IdentityService identity;

    PublicComplaintForm customer;

    @BeforeEach
    void publishedCode() {
        TestUsers.create(identity);
        if (key == null) {
            key = ProcessScenario.uniqueKey("FORM");
            scenario.startCode(key);
            scenario.publishAndImplement(key, "Delivery within 3 days");
        }
        customer = new PublicComplaintForm(nextAddress(), port);
    }

    static String nextAddress() {
        return "127.0.0." + NEXT_ADDRESS.getAndIncrement();
    }

    JsonNode complaintsOf(String codeKey) {
        return new EngineRestClient(port, "hank").get("/api/codes/" + codeKey + "/complaints").json();
    }

    @Test
    void theFormOffersThePublishedPromisesWithTheLimitsOfTheIntakeForm() {
        String page = customer.open("/codes/" + key).body();

        assertThat(page).contains("<h2 id=\"complaint\">Complain about a broken promise</h2>")
                .contains("<legend>Which promise was not kept?</legend>")
                .contains("<input type=\"radio\" name=\"promise\" required id=\"promise-choice-1\" value=\"1\"")
                .contains("<label for=\"promise-choice-1\">Promise 1 (Delivery): Delivery within 3 days</label>")
                .contains("value=\"other\"").contains("<label for=\"promise-choice-other\">Something else</label>")
                .contains("<legend>How we can reach you</legend>")
                .contains("<label for=\"consentToStore\">")
                .containsPattern("<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\"")
                .doesNotContain("aria-invalid").doesNotContain("error-summary").doesNotContain("style=");
        assertThat(tag(page, "whatHappened")).startsWith("<textarea").contains("required=\"required\"")
                .contains("maxlength=\"8000\"").contains("aria-describedby=\"whatHappened-hint\"");
        assertThat(tag(page, "remedyWanted")).contains("maxlength=\"4000\"").doesNotContain("required");
        assertThat(tag(page, "complainantName")).contains("type=\"text\"").contains("required=\"required\"")
                .contains("maxlength=\"200\"");
        assertThat(tag(page, "complainantEmail")).contains("type=\"email\"").contains("maxlength=\"320\"")
                .doesNotContain("required");
        assertThat(tag(page, "complainantPhone")).contains("type=\"tel\"").contains("maxlength=\"40\"")
                .doesNotContain("required");
        assertThat(tag(page, "consentToStore")).contains("type=\"checkbox\"").contains("required");
    }

    /** The opening tag of the element with this id. */
    static String tag(String page, String id) {
        java.util.regex.Matcher tag = java.util.regex.Pattern.compile("<[a-z]+[^>]* id=\"" + id + "\"[^>]*>")
                .matcher(page);
        assertThat(tag.find()).as("an element with id " + id).isTrue();
        return tag.group();
    }

    @Test
    void aFiledComplaintGetsItsReferenceAndAPrivateAbsoluteLinkAndAReloadFilesNothingMore() {
        Map<String, String> fields = complaint();
        fields.put("promise", "other");
        String filedPage = customer.file(key, fields);

        FromAddress.Answer filed = customer.open(filedPage);
        String token = PublicComplaintForm.token(filedPage);
        assertThat(filed.status()).isEqualTo(200);
        assertThat(filed.body()).containsPattern(key + "-" + EngineClock.today().getYear() + "-\\d{5}")
                .contains(">http://localhost:8080/codes/complaints/status/" + token + "</a>")
                .contains("Keep this link").doesNotContain("Robin Customer");
        assertThat(filed.header("Cache-Control")).isEqualTo("no-store");
        assertThat(filed.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(filed.header("X-Robots-Tag")).isEqualTo("noindex");
        assertThat(customer.open(filedPage).status()).isEqualTo(200);

        JsonNode complaints = complaintsOf(key);
        String reference = complaints.get(complaints.size() - 1).get("reference").asText();
        assertThat(filed.body()).contains(reference);
        assertThat(complaints.findValuesAsText("reference").stream().filter(reference::equals)).hasSize(1);
        JsonNode complaint = new EngineRestClient(port, "hank").get("/api/complaints/" + reference).json();
        assertThat(complaint.get("channel").asText()).isEqualTo("PUBLIC_FORM");
        assertThat(complaint.get("promiseNumber").isNull()).isTrue();
        assertThat(complaint.get("complainantName").asText()).isEqualTo("Robin Customer");
        assertThat(complaint.get("complainantPhone").asText()).isEqualTo("+44 20 7946 0321");
        assertThat(complaint.get("remedyWanted").asText()).isEqualTo("The delivery charge back");

        FromAddress.Answer status = customer.open("/codes/complaints/status/" + token);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.body()).contains("Your complaint " + reference).contains("Received and acknowledged")
                .contains("Something else");
        assertThat(status.header("Cache-Control")).isEqualTo("no-store");
        assertThat(status.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(status.header("X-Robots-Tag")).isEqualTo("noindex");
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("promise", null, "Choose the promise that was not kept"),
                Arguments.of("promise", "7", "Choose one of the promises listed"),
                Arguments.of("promise", "first", "Choose one of the promises listed"),
                Arguments.of("whatHappened", null, "What happened is required"),
                Arguments.of("whatHappened", "   ", "What happened is required"),
                Arguments.of("whatHappened", "x".repeat(8_001), "What happened must be at most 8,000 characters"),
                Arguments.of("remedyWanted", "x".repeat(4_001), "What you would like us to do must be at most 4,000"),
                Arguments.of("complainantName", null, "Your name is required"),
                Arguments.of("complainantName", "x".repeat(201), "Your name must be at most 200 characters"),
                Arguments.of("complainantEmail", "x".repeat(310) + "@example.test", "must be at most 320 characters"),
                Arguments.of("complainantEmail", "robin at example", "Enter an e-mail address"),
                Arguments.of("complainantPhone", "1".repeat(41), "Phone number must be at most 40 characters"),
                Arguments.of("complainantPhone", "call me", "Enter a phone number"),
                Arguments.of("consentToStore", null, "Tick the box to let us keep these details"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("refusals")
    void aRefusedFieldIsShownAgainWithItsMessageWhatWasTypedAndNothingWritten(String field, String value,
            String message) {
        int before = complaintsOf(key).size();
        Map<String, String> fields = complaint();
        if (field.equals("complainantEmail") || field.equals("complainantPhone")) {
            fields.remove(field.equals("complainantEmail") ? "complainantPhone" : "complainantEmail");
        }
        if (value == null) {
            fields.remove(field);
        } else {
            fields.put(field, value);
        }
        customer.open("/codes/" + key);
        FromAddress.Answer refused = customer.send("/codes/" + key + "/complaints", fields);

        assertThat(refused.status()).isEqualTo(400);
        String anchor = field.equals("promise") ? "promise-choice-1" : field;
        assertThat(refused.body()).contains("<title>Error: ").contains("class=\"error-summary\" role=\"alert\"")
                .containsPattern("<a href=\"#" + anchor + "\">[^<]*" + java.util.regex.Pattern.quote(message))
                .containsPattern("<p class=\"field-error\" id=\"" + field + "-error\">")
                .containsPattern("id=\"" + anchor + "\"[^>]*aria-invalid=\"true\"")
                .contains("My parcel came nine days after I ordered it.".equals(fields.get("whatHappened"))
                        ? ">My parcel came nine days after I ordered it.</textarea>" : "</textarea>");
        if (!field.equals("complainantName")) {
            assertThat(refused.body()).contains("value=\"Robin Customer\"");
        }
        assertThat(complaintsOf(key)).hasSize(before);
    }

    @Test
    void withoutAnEmailOrAPhoneTheFormAsksForOneAndWritesNothing() {
        int before = complaintsOf(key).size();
        Map<String, String> fields = complaint();
        fields.remove("complainantEmail");
        fields.put("complainantPhone", " ");
        customer.open("/codes/" + key);
        FromAddress.Answer refused = customer.send("/codes/" + key + "/complaints", fields);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Give an e-mail address or a phone number")
                .containsPattern("id=\"complainantEmail\"[^>]*aria-invalid=\"true\"[^>]*"
                        + "aria-describedby=\"contact-hint complainantEmail-error\"");
        assertThat(complaintsOf(key)).hasSize(before);
    }

    @Test
    void aFormWithoutThePagesCsrfTokenIsRefusedAndWritesNothing() {
        int before = complaintsOf(key).size();
        customer.open("/codes/" + key);
        FromAddress.Answer forged = customer.sendWithoutToken("/codes/" + key + "/complaints", complaint());

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("This form has expired");
        assertThat(complaintsOf(key)).hasSize(before);

        FromAddress.Answer noCookie = new PublicComplaintForm(nextAddress(), port)
                .sendWithoutToken("/codes/" + key + "/complaints", complaint());
        assertThat(noCookie.status()).isEqualTo(403);
        assertThat(complaintsOf(key)).hasSize(before);
    }

    @Test
    void anOversizedFormIsRefusedWithAPageAndWritesNothing() {
        int before = complaintsOf(key).size();
        Map<String, String> fields = complaint();
        fields.put("whatHappened", "x".repeat(200_000));
        customer.open("/codes/" + key);
        FromAddress.Answer refused = customer.send("/codes/" + key + "/complaints", fields);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.header("Content-Type")).startsWith("text/html");
        assertThat(refused.body()).contains("Too much to send at once");
        assertThat(complaintsOf(key)).hasSize(before);
    }

    @Test
    void aBurstOfFilingsFromOneAddressIsSlowedDownWhileOthersFileAsUsual() {
        int filed = 0;
        FromAddress.Answer answer;
        do {
            customer.open("/codes/" + key);
            answer = customer.send("/codes/" + key + "/complaints", complaint());
            if (answer.status() == 303) {
                filed++;
            }
        } while (answer.status() == 303 && filed < 20);

        assertThat(filed).isBetween(5, 7);
        assertThat(answer.status()).isEqualTo(429);
        assertThat(Integer.parseInt(answer.header("Retry-After"))).isPositive();
        assertThat(answer.header("Content-Type")).startsWith("text/html");
        assertThat(answer.body()).contains("Please wait a little").contains("try again in "
                + answer.header("Retry-After") + " seconds");
        int before = complaintsOf(key).size();
        assertThat(customer.send("/codes/" + key + "/complaints", complaint()).status()).isEqualTo(429);
        assertThat(complaintsOf(key)).hasSize(before);

        new PublicComplaintForm(nextAddress(), port).file(key, complaint());
        assertThat(complaintsOf(key)).hasSize(before + 1);
    }

    @Test
    void anUnknownTokenIsAPageNotFoundThatRevealsNothing() {
        String known = PublicComplaintForm.token(customer.file(key, complaint()));
        String unknown = known.substring(0, known.length() - 2) + (known.endsWith("AA") ? "BB" : "AA");
        for (String path : new String[] {"/codes/complaints/status/" + unknown, "/codes/complaints/filed/" + unknown,
                "/codes/complaints/status/x", "/codes/complaints/status/" + "A".repeat(500)}) {
            FromAddress.Answer page = customer.open(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("Complaint not found").doesNotContain(key + "-");
        }
        customer.open("/codes/" + key);
        FromAddress.Answer answered = customer.send("/codes/complaints/status/" + unknown,
                Map.of("answer", "reject"));
        assertThat(answered.status()).isEqualTo(404);
        assertThat(answered.body()).contains("Complaint not found");
    }

    @Test
    void aResponseIsAnsweredOnceAndASecondAnswerChangesNothing() {
        String statusPath = "/codes/complaints/status/" + PublicComplaintForm.token(customer.file(key, complaint()));
        JsonNode complaints = complaintsOf(key);
        String reference = complaints.get(complaints.size() - 1).get("reference").asText();
        assertThat(customer.open(statusPath).body()).doesNotContain("name=\"answer\"");
        respond(reference);

        String page = customer.open(statusPath).body();
        assertThat(page).contains("Do you accept our response?").contains("we refund the delivery charge")
                .contains("Retail ADR scheme").contains("maxlength=\"4000\"");
        Map<String, String> accept = new LinkedHashMap<>(Map.of("answer", "accept", "comment", "Fair enough"));
        FromAddress.Answer first = customer.send(statusPath, accept);
        assertThat(first.status()).isEqualTo(303);
        assertThat(PublicComplaintForm.path(first.header("Location"))).isEqualTo(statusPath);

        FromAddress.Answer second = customer.send(statusPath, Map.of("answer", "reject", "comment", "Changed my mind"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body()).contains("you have already answered our response")
                .doesNotContain("name=\"answer\"");
        JsonNode complaint = new EngineRestClient(port, "hank").get("/api/complaints/" + reference).json();
        assertThat(complaint.get("complainantAccepts").asBoolean()).isTrue();
        assertThat(complaint.get("answerComment").asText()).isEqualTo("Fair enough");
        assertThat(customer.open(statusPath).body()).contains("You accepted our response");
    }

    @Test
    void anAnswerWithoutAChoiceOrWithTooLongACommentIsShownAgainAndNotRecorded() {
        String statusPath = "/codes/complaints/status/" + PublicComplaintForm.token(customer.file(key, complaint()));
        JsonNode complaints = complaintsOf(key);
        String reference = complaints.get(complaints.size() - 1).get("reference").asText();
        respond(reference);
        customer.open(statusPath);

        FromAddress.Answer noChoice = customer.send(statusPath, Map.of("comment", "Hmm"));
        assertThat(noChoice.status()).isEqualTo(400);
        assertThat(noChoice.body()).contains("Choose whether you accept our response").contains(">Hmm</textarea>");
        FromAddress.Answer tooLong = customer.send(statusPath, Map.of("answer", "reject", "comment", "x".repeat(4_001)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("Your comment is longer than 4000 characters")
                .containsPattern("id=\"comment\"[^>]*aria-invalid=\"true\"");
        FromAddress.Answer forged = customer.sendWithoutToken(statusPath, Map.of("answer", "reject"));
        assertThat(forged.status()).isEqualTo(403);

        JsonNode complaint = new EngineRestClient(port, "hank").get("/api/complaints/" + reference).json();
        assertThat(complaint.get("complainantAccepts").isNull()).isTrue();
        assertThat(complaint.get("state").asText()).isEqualTo("RESPONDED");
    }

    @Test
    void aWithdrawnCodesPageTakesNoNewComplaintsButFiledOnesAreStillFollowedAndAnswered() {
        String withdrawn = ProcessScenario.uniqueKey("GONE");
        scenario.startCode(withdrawn);
        scenario.publishAndImplement(withdrawn, "Delivery within 3 days");
        String statusPath = "/codes/complaints/status/" + PublicComplaintForm.token(customer.file(withdrawn,
                complaint()));
        String reference = complaintsOf(withdrawn).get(0).get("reference").asText();
        scenario.review(withdrawn, "WITHDRAW");

        String page = customer.open("/codes/" + withdrawn).body();
        assertThat(page).contains("This code was withdrawn, so it takes no new complaints")
                .doesNotContain("<form").doesNotContain("name=\"whatHappened\"");
        customer.open(statusPath);
        FromAddress.Answer refused = customer.send("/codes/" + withdrawn + "/complaints", complaint());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("takes no new complaints");
        assertThat(complaintsOf(withdrawn)).hasSize(1);

        respond(reference);
        assertThat(customer.open(statusPath).body()).contains("Do you accept our response?");
        assertThat(customer.send(statusPath, Map.of("answer", "reject")).status()).isEqualTo(303);
        assertThat(customer.open(statusPath).body()).contains("You did not accept our response")
                .contains("Retail ADR scheme");
    }

    private void respond(String reference) {
        scenario.complete("hank", reference, "Task_AssessComplaint", ProcessScenario.form("severity", "LOW",
                "scopeDecision", "IN_SCOPE"));
        scenario.complete("hank", reference, "Task_InvestigateComplaint", ProcessScenario.form("findings", "Late",
                "rootCause", "Courier", "remedyOffered", "Delivery charge refunded"));
        scenario.complete("hank", reference, "Task_RespondToComplaint", ProcessScenario.form("responseText",
                "Sorry: we refund the delivery charge."));
        scenario.runAsyncJobs(reference);
    }
}
