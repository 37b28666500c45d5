package io.customercodes.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionChangesTest {

    static VersionDraft draft(List<PromiseDraft> promises, List<ProvisionDraft> provisions,
            List<IndicatorDraft> indicators) {
        return new VersionDraft(promises, provisions, indicators, null, null, null, List.of());
    }

    @Test
    void everyChangeShowsItsOldAndNewWordingAndUnchangedItemsAreLeftOut() {
        PromiseDraft delivery = new PromiseDraft(PromiseCategory.DELIVERY, "Delivery within 3 days");
        PromiseDraft returns = new PromiseDraft(PromiseCategory.RETURNS, "Refunds within 5 days");
        VersionDraft before = draft(List.of(delivery, returns),
                List.of(new ProvisionDraft(ProvisionType.REMEDY, "Postage refunded", 1)),
                List.of(new IndicatorDraft("On time", 1, Comparison.AT_LEAST, new BigDecimal("95.0000"), "%")));
        VersionDraft after = draft(List.of(returns, new PromiseDraft(PromiseCategory.DELIVERY,
                        "Delivery within 2 days")),
                List.of(new ProvisionDraft(ProvisionType.COMPLAINT_CHANNEL, "Phone or web", null)),
                List.of(new IndicatorDraft("On time", 2, Comparison.AT_LEAST, new BigDecimal("98"), "%")));

        String md = VersionChanges.markdown(1, before, after);

        assertThat(md).startsWith("#### What changes against version 1, in force")
                .contains("- **renumbered:** promise 2 is now promise 1")
                .contains("- **added:** Complaint channel: Phone or web")
                .contains("- **removed:** Remedy: Postage refunded (promise 1)")
                .contains("- **changed:** On time ≥ 95 % (promise 1)  \n  **now:** On time ≥ 98 % (promise 2)")
                .doesNotContain("Refunds within 5 days");
    }

    @Test
    void noChangeSaysSo() {
        VersionDraft same = draft(List.of(new PromiseDraft(PromiseCategory.DELIVERY, "Fast")), List.of(), List.of());
        assertThat(VersionChanges.markdown(3, same, same)).contains("_No promise, related provision or "
                + "performance indicator changes._");
    }
}
