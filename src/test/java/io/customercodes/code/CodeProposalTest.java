package io.customercodes.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customercodes.system.FormValues;
import io.customercodes.system.InvalidFormInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodeProposalTest {

    static Map<String, Object> form() {
        Map<String, Object> form = new HashMap<>();
        form.put("codeKey", "ACME-ONLINE");
        form.put("title", "Acme promise");
        form.put("organization", "Acme Ltd");
        form.put("scope", "Web shop");
        form.put("reviewIntervalMonths", 12L);
        form.put("stakeholders", FormValues.json(List.of("STAFF", "REGULATORS")));
        return form;
    }

    @Test
    void readsAValidStartForm() {
        CodeProposal proposal = CodeProposal.fromForm(form());
        assertThat(proposal.codeKey()).isEqualTo("ACME-ONLINE");
        assertThat(proposal.reviewIntervalMonths()).isEqualTo(12);
        assertThat(proposal.interestedParties())
                .containsExactly(InterestedParty.STAFF, InterestedParty.REGULATORS);
    }

    @Test
    void refusesAMissingCodeKey() {
        Map<String, Object> form = form();
        form.remove("codeKey");
        assertRefused(form, "codeKey");
        form.put("codeKey", "   ");
        assertRefused(form, "codeKey");
    }

    @Test
    void refusesACodeKeyThatIsNotCapitalsDigitsAndHyphens() {
        Map<String, Object> form = form();
        form.put("codeKey", "acme online");
        assertRefused(form, "codeKey");
    }

    @Test
    void refusesAReviewIntervalOutsideOneToSixtyMonths() {
        for (Object interval : new Object[] {0L, -3L, 61L, 1.5, "soon"}) {
            Map<String, Object> form = form();
            form.put("reviewIntervalMonths", interval);
            assertRefused(form, "reviewIntervalMonths");
        }
    }

    @Test
    void refusesAProposalWithoutInterestedParties() {
        Map<String, Object> form = form();
        form.put("stakeholders", FormValues.json(List.of()));
        assertRefused(form, "stakeholders");
        form.put("stakeholders", FormValues.json(List.of("ALIENS")));
        assertRefused(form, "stakeholders");
    }

    private static void assertRefused(Map<String, Object> form, String field) {
        assertThatThrownBy(() -> CodeProposal.fromForm(form))
                .isInstanceOf(InvalidFormInputException.class)
                .hasMessageStartingWith(field + ":")
                .satisfies(e -> assertThat(((InvalidFormInputException) e).field()).isEqualTo(field));
    }

    @Test
    void anEmptyReviewIntervalIsLeftToTheDevelopmentPath() {
        for (Object interval : new Object[] {null, ""}) {
            Map<String, Object> form = form();
            form.put("reviewIntervalMonths", interval);
            assertThat(CodeProposal.fromForm(form).reviewIntervalMonths()).isNull();
        }
    }

    @Test
    void readsTheSmallBusinessPathAndTheExample() {
        Map<String, Object> form = form();
        assertThat(CodeProposal.fromForm(form).smallBusiness()).isFalse();
        assertThat(CodeProposal.fromForm(form).exampleDraft()).isNull();
        form.put("smallBusiness", true);
        form.put("exampleDraft", "REPAIR_SHOP");
        assertThat(CodeProposal.fromForm(form).smallBusiness()).isTrue();
        assertThat(CodeProposal.fromForm(form).exampleDraft()).isEqualTo(ExampleDraft.REPAIR_SHOP);
        form.put("smallBusiness", "perhaps");
        assertRefused(form, "smallBusiness");
        form.put("smallBusiness", false);
        form.put("exampleDraft", "CASTLE");
        assertRefused(form, "exampleDraft");
    }

    @Test
    void consultsCustomersOnlyWhenCustomerRepresentativesAreTheOnlyParty() {
        Map<String, Object> form = form();
        assertThat(CodeProposal.fromForm(form).consultsCustomersOnly()).isFalse();
        form.put("stakeholders", FormValues.json(List.of("CUSTOMER_REPRESENTATIVES")));
        assertThat(CodeProposal.fromForm(form).consultsCustomersOnly()).isTrue();
        form.put("stakeholders", FormValues.json(List.of("CUSTOMER_REPRESENTATIVES", "STAFF")));
        assertThat(CodeProposal.fromForm(form).consultsCustomersOnly()).isFalse();
    }

    /** A first draft starts from one source; the form that offers a model code too gets a clear refusal. */
    @Test
    void anExampleAndAModelCodeAtOnceAreRefused() {
        Map<String, Object> form = form();
        form.put("exampleDraft", "RESTAURANT");
        form.put("modelCodeKey", "SOME-MODEL");
        assertRefused(form, "exampleDraft");
    }
}
