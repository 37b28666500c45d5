package io.customercodes.publication;

import static io.customercodes.ModelCodes.adoptingStartForm;
import static io.customercodes.ModelCodes.modelDraftForm;
import static io.customercodes.ModelCodes.modelStartForm;
import static io.customercodes.ModelCodes.strongerAdoptedDraft;
import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.ProcessScenario;
import io.customercodes.web.EngineRestClient;
import io.customercodes.web.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A sponsor's model code has a public page that lists the organizations whose published codes adopted it. */
@HttpTest
class PublicModelPageTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessScenario scenario;

    @Test
    void theModelPageListsThePublishedAdoptersAndEachAdoptersPageNamesItsModel() {
        String model = ProcessScenario.uniqueKey("PUBMODEL");
        scenario.startAs("sara", "codeLifecycle", modelStartForm(model));
        scenario.developUntilApproval("sara", model, modelDraftForm());
        scenario.approve(model);
        scenario.implement("sara", model);
        EngineRestClient anonymous = new EngineRestClient(port, null);
        assertThat(anonymous.get("/codes/" + model).body()).contains("A model code for organizations to adopt")
                .contains("No organization has published a code based on it yet.");

        String published = ProcessScenario.uniqueKey("PUBADOPTER");
        scenario.startCode(adoptingStartForm(published, model));
        scenario.publishAndImplement(published, strongerAdoptedDraft());
        String stillDrafting = ProcessScenario.uniqueKey("DRAFTADOPTER");
        scenario.startCode(adoptingStartForm(stillDrafting, model));

        String modelPage = anonymous.get("/codes/" + model).body();
        assertThat(modelPage).contains("<h3>Organizations that adopted it</h3>")
                .contains("<a href=\"/codes/" + published + "\">Promise of " + published + "</a>")
                .contains(published + " Ltd").contains("based on version <span>1</span>")
                .doesNotContain(stillDrafting);
        String adopterPage = anonymous.get("/codes/" + published).body();
        assertThat(adopterPage).contains("<h2 id=\"model-basis-title\">Based on a model code</h2>")
                .contains("<a href=\"/codes/" + model + "\">Model code " + model + "</a>")
                .contains("Retail Trade Association").contains(", with these changes:")
                .contains("Promise 4 added: “Damaged goods replaced at once”")
                .doesNotContain("A model code for organizations to adopt");
        assertThat(anonymous.get("/codes?q=" + model).body()).contains("<strong class=\"badge\">Model code</strong>");
        assertThat(anonymous.get("/codes?q=" + published).body()).doesNotContain("class=\"badge\"");
    }
}
