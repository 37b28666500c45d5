package io.customercodes.publication;

import static io.customercodes.ProcessScenario.form;
import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.web.EngineRestClient;
import io.customercodes.web.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HttpTest
class PublicHistoryPageTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessScenario scenario;

    @Test
    void listsThePublishedVersionsWithWhatChangedButNeverARejectedVersionOrADraft() {
        String key = ProcessScenario.uniqueKey("HIST");
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Delivery within 3 days");
        scenario.revise(key, ProcessScenario.revisedDraftForm());
        // version 3 is rejected, version 4 stays a draft
        scenario.review(key, "REVISE");
        scenario.developUntilApproval(key, "Delivery within 10 days");
        scenario.complete("tom", key, "Task_ApproveCode", form("approvalDecision", "REJECTED",
                "approvalComment", "Worse than today"));
        scenario.review(key, "REVISE");
        EngineRestClient anonymous = new EngineRestClient(port, null);

        EngineRestClient.Response response = anonymous.get("/codes/" + key + "/versions");

        assertThat(response.status()).isEqualTo(200);
        String page = response.body();
        assertThat(page).contains("<html lang=\"en\"").contains("<h1>Versions of Promise of " + key + "</h1>")
                .contains("<h2>Version 2</h2>").contains("<h2>Version 1</h2>")
                .doesNotContain("Version 3").doesNotContain("Version 4").doesNotContain("10 days")
                .contains("<dt>Status</dt><dd>In force</dd>").contains("<dt>Superseded</dt>")
                .contains("What changed from version 1")
                .contains("Promise 1 (Delivery) changed").contains("Promise 3 (Complaints) added")
                .contains("Performance indicators: 1 changed").contains("The first published version.")
                .contains("href=\"/codes/" + key + "\"");
        assertThat(page.indexOf("<h2>Version 2</h2>")).isLessThan(page.indexOf("<h2>Version 1</h2>"));
    }

    @Test
    void theCodePageLinksToItsVersions() {
        String key = ProcessScenario.uniqueKey("HIST");
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Delivery within 3 days");
        EngineRestClient anonymous = new EngineRestClient(port, null);

        assertThat(anonymous.get("/codes/" + key).body()).contains("href=\"/codes/" + key + "/versions\"");
        assertThat(anonymous.get("/codes/" + key + "/versions").body()).contains("<h2>Version 1</h2>")
                .contains("The first published version.").contains("<dt>Status</dt><dd>In force</dd>");
    }

    @Test
    void aCodeThatWasNeverPublishedHasNoPublicHistory() {
        String key = ProcessScenario.uniqueKey("HIST");
        scenario.startCode(key);
        scenario.developUntilApproval(key, "Delivery within 3 days");
        EngineRestClient anonymous = new EngineRestClient(port, null);

        assertThat(anonymous.get("/codes/" + key + "/versions").status()).isEqualTo(404);
        assertThat(anonymous.get("/codes/NO-SUCH-CODE/versions").status()).isEqualTo(404);
    }

    @Test
    void aWithdrawnCodeStillShowsWhatItPromisedAndWhen() {
        String key = ProcessScenario.uniqueKey("HIST");
        scenario.startCode(key);
        scenario.publishAndImplement(key, "Delivery within 3 days");
        scenario.review(key, "WITHDRAW");
        EngineRestClient anonymous = new EngineRestClient(port, null);

        String page = anonymous.get("/codes/" + key + "/versions").body();

        assertThat(page).contains("<h2>Version 1</h2>").contains("<dt>Withdrawn</dt>")
                .contains("no version of it is in force").contains("href=\"/codes/" + key + "\"");
    }
}
