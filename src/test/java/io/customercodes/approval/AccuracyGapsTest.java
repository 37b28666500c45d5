package io.customercodes.approval;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.version.Comparison;
import io.customercodes.version.IndicatorDraft;
import io.customercodes.version.PromiseCategory;
import io.customercodes.version.PromiseDraft;
import io.customercodes.version.ProvisionDraft;
import io.customercodes.version.ProvisionType;
import io.customercodes.version.VersionDraft;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccuracyGapsTest {

    static final List<PromiseDraft> PROMISES = List.of(new PromiseDraft(PromiseCategory.DELIVERY, "In 3 days"),
            new PromiseDraft(PromiseCategory.PERSONAL_INFORMATION, "Never sold"));

    @Test
    void aBarePromiseListLacksEveryProvisionAndEveryIndicator() {
        VersionDraft bare = new VersionDraft(PROMISES, List.of(), List.of(), null, " ", null, List.of());

        assertThat(AccuracyGaps.of(bare)).extracting(AccuracyGap::principle).containsExactly(
                GuidingPrinciple.CAPACITY, GuidingPrinciple.CAPACITY, GuidingPrinciple.VISIBILITY,
                GuidingPrinciple.ACCESSIBILITY, GuidingPrinciple.RESPONSIVENESS, GuidingPrinciple.ACCOUNTABILITY,
                GuidingPrinciple.CONTINUAL_IMPROVEMENT, GuidingPrinciple.CONTINUAL_IMPROVEMENT);
        assertThat(AccuracyGaps.of(bare).get(7).lacking()).startsWith("promise 2 (Personal information) has no");
    }

    @Test
    void aCompleteDraftLacksNothingAndTheFormSaysSoPerPrinciple() {
        VersionDraft complete = new VersionDraft(PROMISES, List.of(
                new ProvisionDraft(ProvisionType.COMPLAINT_CHANNEL, "Web or phone", null),
                new ProvisionDraft(ProvisionType.RESPONSIBILITY, "Head of service", null),
                new ProvisionDraft(ProvisionType.DISPUTE_RESOLUTION, "Retail ADR", 1)), List.of(
                new IndicatorDraft("On time", 1, Comparison.AT_LEAST, BigDecimal.TEN, "%"),
                new IndicatorDraft("Data sold", 2, Comparison.AT_MOST, BigDecimal.ZERO, null)),
                "Daily report", "Footer link", "Two agents", List.of());

        assertThat(AccuracyGaps.of(complete)).isEmpty();
        assertThat(AccuracyGaps.markdown(List.of())).contains("- **Accessibility**: nothing missing")
                .contains("- **Commitment**: judge from the wording").contains("_No gaps found");
    }

    @Test
    void anIndicatorForNoPromiseMeasuresNone() {
        VersionDraft draft = new VersionDraft(PROMISES.subList(0, 1), List.of(), List.of(
                new IndicatorDraft("General", null, Comparison.AT_LEAST, BigDecimal.ONE, null)),
                "p", "c", "r", List.of());

        assertThat(AccuracyGaps.of(draft)).map(AccuracyGap::toString)
                .contains("Continual improvement: promise 1 (Delivery) has no performance indicator: whether it "
                        + "is kept cannot be measured");
    }
}
