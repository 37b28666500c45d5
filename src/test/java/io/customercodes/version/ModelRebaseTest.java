package io.customercodes.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An adopter's draft moved to the model's new version: links follow, own wording stays, additions appended. */
class ModelRebaseTest {

    static VersionDraft draft(List<PromiseDraft> promises, List<IndicatorDraft> indicators) {
        return new VersionDraft(promises, List.of(new ProvisionDraft(ProvisionType.COMPLAINT_CHANNEL, "Phone", null)),
                indicators, "Procedures", "Plan", "Resources", List.of("Team"), 10);
    }

    static IndicatorDraft indicator(String name, int promise, Comparison comparison, int target, String unit,
            Integer model) {
        return new IndicatorDraft(name, promise, comparison, new BigDecimal(target), unit, model);
    }

    @Test
    void followedWordingMovesAdaptedWordingStaysRemovedBecomesOwnAddedIsAppended() {
        VersionDraft oldModel = draft(List.of(
                        new PromiseDraft(PromiseCategory.DELIVERY, "Delivered within 5 days"),
                        new PromiseDraft(PromiseCategory.RETURNS, "Returns within 30 days"),
                        new PromiseDraft(PromiseCategory.PERSONAL_INFORMATION, "Never sold")),
                List.of(indicator("On time", 1, Comparison.AT_LEAST, 90, "%", null),
                        indicator("Refund time", 2, Comparison.AT_MOST, 14, "days", null)));
        VersionDraft newModel = draft(List.of(
                        new PromiseDraft(PromiseCategory.DELIVERY, "Delivered within 4 days"),
                        new PromiseDraft(PromiseCategory.PERSONAL_INFORMATION, "Never sold"),
                        new PromiseDraft(PromiseCategory.COMPLAINTS, "Answered within 10 days")),
                List.of(indicator("On time", 1, Comparison.AT_LEAST, 90, "%", null),
                        indicator("Complaints answered in time", 3, Comparison.AT_LEAST, 95, "%", null)));
        VersionDraft adopted = draft(List.of(
                        new PromiseDraft(PromiseCategory.DELIVERY, "Delivered within 5 days", 1),
                        new PromiseDraft(PromiseCategory.RETURNS, "Returns within 30 days, free", 2),
                        new PromiseDraft(PromiseCategory.PERSONAL_INFORMATION, "Never sold", 3),
                        new PromiseDraft(PromiseCategory.PRODUCT_ATTRIBUTES, "Damaged goods replaced")),
                List.of(indicator("On time", 1, Comparison.AT_LEAST, 95, "%", 1),
                        indicator("Refund time", 2, Comparison.AT_MOST, 14, "days", 2)));

        VersionDraft moved = ModelRebase.onto(adopted, oldModel, newModel);

        assertThat(moved.promises()).containsExactly(
                new PromiseDraft(PromiseCategory.DELIVERY, "Delivered within 4 days", 1),
                new PromiseDraft(PromiseCategory.RETURNS, "Returns within 30 days, free", null),
                new PromiseDraft(PromiseCategory.PERSONAL_INFORMATION, "Never sold", 2),
                new PromiseDraft(PromiseCategory.PRODUCT_ATTRIBUTES, "Damaged goods replaced", null),
                new PromiseDraft(PromiseCategory.COMPLAINTS, "Answered within 10 days", 3));
        assertThat(moved.indicators()).containsExactly(
                indicator("On time", 1, Comparison.AT_LEAST, 95, "%", 1),
                indicator("Refund time", 2, Comparison.AT_MOST, 14, "days", null),
                indicator("Complaints answered in time", 5, Comparison.AT_LEAST, 95, "%", 2));
        assertThat(moved.provisions()).isEqualTo(adopted.provisions());
        assertThat(moved.responseDays()).isEqualTo(10);
    }

    @Test
    void aKeptTargetTakesTheModelsNewOne() {
        VersionDraft oldModel = draft(List.of(new PromiseDraft(PromiseCategory.RETURNS, "Refunds")),
                List.of(indicator("Refund time", 1, Comparison.AT_MOST, 14, "days", null)));
        VersionDraft newModel = draft(List.of(new PromiseDraft(PromiseCategory.RETURNS, "Refunds")),
                List.of(indicator("Refund time", 1, Comparison.AT_MOST, 10, "days", null)));
        VersionDraft adopted = draft(List.of(new PromiseDraft(PromiseCategory.RETURNS, "Refunds", 1)),
                List.of(new IndicatorDraft("Refund time", 1, Comparison.AT_MOST, new BigDecimal("14.0000"), "days", 1)));

        assertThat(ModelRebase.onto(adopted, oldModel, newModel).indicators())
                .containsExactly(indicator("Refund time", 1, Comparison.AT_MOST, 10, "days", 1));
    }
}
