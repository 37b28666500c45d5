package io.customercodes.publication;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.system.EngineClock;
import io.customercodes.web.EngineRestClient;
import io.customercodes.web.HttpTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

        assertThat(anonymous.get("/codes?q=" + key).body()).contains("/codes/" + key).contains("Promise of " + key);
        String page = anonymous.get("/codes/" + key).body();
        assertThat(page).contains("<html lang=\"en\"").contains("<h1>Promise of " + key + "</h1>")
                .contains("Delivery within 3 days").contains("Delivery charge refunded")
                .contains("Retail ADR scheme").contains("Orders on time").contains("≥ 95 %")
                .contains("Version</dt><dd>1</dd>").contains("Next review");
    }

    @Test
    void datesAreWrittenAsTheReadersLocaleWritesThem() throws Exception {
        String key = ProcessScenario.uniqueKey("LOCALE");
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Delivery within 3 days");
        LocalDate published = scenario.versions(key).get(0).getPublishedAt().atZone(EngineClock.zone()).toLocalDate();

        assertThat(page(key, "en-GB")).contains(">" + published.getDayOfMonth() + " "
                + month(published, Locale.UK) + " " + published.getYear() + "<");
        assertThat(page(key, "en-US")).contains(">" + month(published, Locale.US) + " "
                + published.getDayOfMonth() + ", " + published.getYear() + "<");
        assertThat(page(key, "de-AT")).contains(">" + published.getDayOfMonth() + ". "
                + month(published, Locale.GERMAN) + " " + published.getYear() + "<");
    }

    private String page(String key, String language) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/codes/" + key)).header("Accept-Language", language).build(), BodyHandlers.ofString()).body();
    }

    private static String month(LocalDate date, Locale locale) {
        return date.getMonth().getDisplayName(TextStyle.FULL, locale);
    }

    @Test
    void customersFindCodesByOrganizationTitleOrKeyAndByKindOfPromise() {
        String key = ProcessScenario.uniqueKey("FIND");
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Delivery within 3 days");
        EngineRestClient anonymous = new EngineRestClient(port, null);

        assertThat(anonymous.get("/codes?q=" + key.toLowerCase()).body()).contains("/codes/" + key)
                .contains("1 code");
        assertThat(anonymous.get("/codes?q=" + key + "&category=DELIVERY").body()).contains("/codes/" + key);
        assertThat(anonymous.get("/codes?q=" + key + "&category=ADVERTISING").body()).doesNotContain("/codes/" + key)
                .contains("No published code matches your search.");
        assertThat(anonymous.get("/codes?q=%25").status()).as("a % is searched for, not a wildcard").isEqualTo(200);
        assertThat(anonymous.get("/codes?q=%25").body()).doesNotContain("/codes/" + key);

        EngineRestClient.Response badCategory = anonymous.get("/codes?category=NOT-A-KIND");
        assertThat(badCategory.status()).isEqualTo(400);
        assertThat(badCategory.body()).contains("Choose a kind of promise from the list");
        assertThat(anonymous.get("/codes?page=0").status()).isEqualTo(400);
        assertThat(anonymous.get("/codes?page=two").status()).isEqualTo(400);
        assertThat(anonymous.get("/codes?q=" + "x".repeat(201)).status()).isEqualTo(400);
        EngineRestClient.Response pastTheEnd = anonymous.get("/codes?q=" + key + "&page=3");
        assertThat(pastTheEnd.status()).as("past the last page").isEqualTo(404);
        assertThat(pastTheEnd.body()).doesNotContain("/codes/" + key + "\"").doesNotContain("of 1")
                .contains("There is no page <span>3</span>:").contains("1 code fills 1 page")
                .contains("Go to the list");
        Matcher back = Pattern.compile("href=\"(/codes\\?q=[^\"]*)\">Go to the list").matcher(pastTheEnd.body());
        assertThat(back.find()).isTrue();
        EngineRestClient.Response list = anonymous.get(back.group(1).replace("&amp;", "&"));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("/codes/" + key + "\"").contains("1 code");
    }

    @Test
    void aCodeWithoutAPublishedVersionIsNotFound() {
        String key = ProcessScenario.uniqueKey("DRAFT");
        scenario.startCode(key);
        assertThat(new EngineRestClient(port, null).get("/codes/" + key).status()).isEqualTo(404);
        assertThat(new EngineRestClient(port, null).get("/codes?q=" + key).body()).doesNotContain("/codes/" + key)
                .contains("No published code matches your search.");
    }
}
