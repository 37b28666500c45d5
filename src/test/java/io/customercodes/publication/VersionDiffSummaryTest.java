package io.customercodes.publication;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.version.Comparison;
import io.customercodes.version.IndicatorDraft;
import io.customercodes.version.PromiseCategory;
import io.customercodes.version.PromiseDraft;
import io.customercodes.version.ProvisionDraft;
import io.customercodes.version.ProvisionType;
import io.customercodes.version.VersionDiff;
import io.customercodes.version.VersionDraft;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionDiffSummaryTest {

    static VersionDraft draft(List<PromiseDraft> promises, List<ProvisionDraft> provisions, String target) {
        return new VersionDraft(promises, provisions,
                List.of(new IndicatorDraft("Orders on time", 1, Comparison.AT_LEAST, new BigDecimal(target), "%")),
                null, null, null, List.of());
    }

    static final PromiseDraft ADS = new PromiseDraft(PromiseCategory.ADVERTISING, "Prices include VAT");
    static final PromiseDraft DELIVERY = new PromiseDraft(PromiseCategory.DELIVERY, "Delivery in 3 days");
    static final PromiseDraft FASTER = new PromiseDraft(PromiseCategory.DELIVERY, "Delivery in 2 days");
    static final PromiseDraft RETURNS = new PromiseDraft(PromiseCategory.RETURNS, "Refunds in 5 days");
    static final ProvisionDraft ADR = new ProvisionDraft(ProvisionType.DISPUTE_RESOLUTION, "Retail ADR", null);
    static final ProvisionDraft PHONE = new ProvisionDraft(ProvisionType.COMPLAINT_CHANNEL, "0800 123", null);

    @Test
    void namesEachPromiseAndCountsProvisionsAndIndicators() {
        VersionDiff diff = VersionDiff.between(draft(List.of(DELIVERY, ADS), List.of(ADR), "95"),
                draft(List.of(FASTER, ADS, RETURNS), List.of(ADR, PHONE), "98"));

        assertThat(VersionDiffSummary.of(diff)).containsExactly(
                "Promise 1 (Delivery) changed",
                "Promise 3 (Returns) added",
                "Related provisions: 1 added",
                "Performance indicators: 1 changed");
    }

    @Test
    void tellsCustomersWhichPromiseIsGoneAndWhichGotANewNumber() {
        VersionDiff diff = VersionDiff.between(draft(List.of(ADS, DELIVERY), List.of(ADR, PHONE), "95"),
                draft(List.of(DELIVERY), List.of(ADR), "95"));

        assertThat(VersionDiffSummary.of(diff)).containsExactly(
                "Former promise 1 (Advertising) removed",
                "Former promise 2 (Delivery) is now promise 1",
                "Related provisions: 1 removed");
    }

    @Test
    void saysSoWhenNothingAPersonWouldNoticeChanged() {
        VersionDraft same = draft(List.of(DELIVERY), List.of(ADR), "95");

        assertThat(VersionDiffSummary.of(VersionDiff.between(same, same)))
                .containsExactly("No change to the promises, related provisions or performance indicators");
    }
}
