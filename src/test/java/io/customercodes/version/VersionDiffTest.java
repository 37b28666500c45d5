package io.customercodes.version;

import static io.customercodes.version.PromiseCategory.ADVERTISING;
import static io.customercodes.version.PromiseCategory.DELIVERY;
import static io.customercodes.version.PromiseCategory.OTHER;
import static io.customercodes.version.PromiseCategory.RETURNS;
import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.version.Changes.Change;
import io.customercodes.version.VersionDiff.NumberedPromise;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionDiffTest {

    static PromiseDraft promise(PromiseCategory category, String text) {
        return new PromiseDraft(category, text);
    }

    static VersionDraft promises(PromiseDraft... promises) {
        return content(List.of(promises), List.of(), List.of());
    }

    static VersionDraft content(List<PromiseDraft> promises, List<ProvisionDraft> provisions,
            List<IndicatorDraft> indicators) {
        return new VersionDraft(promises, provisions, indicators, "Daily report", "Website footer", "Two agents",
                List.of("Warehouse"));
    }

    static IndicatorDraft indicator(String name, String target) {
        return new IndicatorDraft(name, 1, Comparison.AT_LEAST, new BigDecimal(target), "%");
    }

    @Test
    void identicalPromisesAreUnchanged() {
        VersionDraft version = promises(promise(DELIVERY, "Delivery in 3 days"), promise(RETURNS, "Refunds in 5 days"));

        VersionDiff diff = VersionDiff.between(version, version);

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.promises().unchanged()).extracting(c -> c.after().text())
                .containsExactly("Delivery in 3 days", "Refunds in 5 days");
        assertThat(diff.renumberedPromises()).isEmpty();
    }

    @Test
    void aPromiseWithTheSameNumberAndOtherWordsChanged() {
        VersionDiff diff = VersionDiff.between(
                promises(promise(DELIVERY, "Delivery in 3 days"), promise(RETURNS, "Refunds in 5 days")),
                promises(promise(DELIVERY, "Delivery in 2 days"), promise(RETURNS, "Refunds in 5 days")));

        assertThat(diff.promises().changed()).containsExactly(new Change<>(
                new NumberedPromise(1, DELIVERY, "Delivery in 3 days"),
                new NumberedPromise(1, DELIVERY, "Delivery in 2 days")));
        assertThat(diff.promises().added()).isEmpty();
        assertThat(diff.promises().removed()).isEmpty();
        assertThat(diff.promises().unchanged()).hasSize(1);
    }

    @Test
    void aNewCategoryUnderTheSameNumberIsAChangeToo() {
        VersionDiff diff = VersionDiff.between(promises(promise(DELIVERY, "Free delivery")),
                promises(promise(ADVERTISING, "Free delivery")));

        assertThat(diff.promises().changed()).singleElement()
                .satisfies(c -> assertThat(c.after().category()).isEqualTo(ADVERTISING));
    }

    @Test
    void aPromiseBeyondTheOldOnesIsAdded() {
        VersionDiff diff = VersionDiff.between(promises(promise(DELIVERY, "Delivery in 3 days")),
                promises(promise(DELIVERY, "Delivery in 3 days"), promise(RETURNS, "Refunds in 5 days")));

        assertThat(diff.promises().added()).containsExactly(new NumberedPromise(2, RETURNS, "Refunds in 5 days"));
        assertThat(diff.promises().changed()).isEmpty();
        assertThat(diff.promises().removed()).isEmpty();
        assertThat(diff.isEmpty()).isFalse();
    }

    @Test
    void aPromiseLeftOutAtTheEndIsRemoved() {
        VersionDiff diff = VersionDiff.between(
                promises(promise(DELIVERY, "Delivery in 3 days"), promise(RETURNS, "Refunds in 5 days")),
                promises(promise(DELIVERY, "Delivery in 3 days")));

        assertThat(diff.promises().removed()).containsExactly(new NumberedPromise(2, RETURNS, "Refunds in 5 days"));
        assertThat(diff.promises().added()).isEmpty();
        assertThat(diff.promises().changed()).isEmpty();
    }

    @Test
    void removingTheFirstPromiseRenumbersTheOthersWithoutChangingThem() {
        VersionDiff diff = VersionDiff.between(
                promises(promise(ADVERTISING, "Prices include VAT"), promise(DELIVERY, "Delivery in 3 days"),
                        promise(RETURNS, "Refunds in 5 days")),
                promises(promise(DELIVERY, "Delivery in 3 days"), promise(RETURNS, "Refunds in 5 days")));

        assertThat(diff.promises().removed()).containsExactly(new NumberedPromise(1, ADVERTISING, "Prices include VAT"));
        assertThat(diff.promises().changed()).isEmpty();
        assertThat(diff.promises().added()).isEmpty();
        assertThat(diff.renumberedPromises()).extracting(c -> c.before().number() + "→" + c.after().number())
                .containsExactly("2→1", "3→2");
    }

    @Test
    void swappedPromisesAreRenumberedNotChanged() {
        VersionDiff diff = VersionDiff.between(
                promises(promise(DELIVERY, "Delivery in 3 days"), promise(RETURNS, "Refunds in 5 days")),
                promises(promise(RETURNS, "Refunds in 5 days"), promise(DELIVERY, "Delivery in 3 days")));

        assertThat(diff.promises().changed()).isEmpty();
        assertThat(diff.renumberedPromises()).hasSize(2);
        assertThat(diff.isEmpty()).isFalse();
    }

    @Test
    void rewordedRemovedAndRenumberedPromisesAreToldApartInOneDiff() {
        VersionDiff diff = VersionDiff.between(
                promises(promise(DELIVERY, "Delivery in 3 days"), promise(ADVERTISING, "Prices include VAT"),
                        promise(RETURNS, "Refunds in 5 days")),
                promises(promise(DELIVERY, "Delivery in 2 days"), promise(RETURNS, "Refunds in 5 days")));

        // "Refunds" moves from 3 to 2 unchanged; 1 is reworded; 2 ("Prices") has no counterpart left.
        assertThat(diff.promises().changed()).extracting(c -> c.after().text()).containsExactly("Delivery in 2 days");
        assertThat(diff.renumberedPromises()).extracting(c -> c.after().text()).containsExactly("Refunds in 5 days");
        assertThat(diff.promises().removed()).extracting(NumberedPromise::text).containsExactly("Prices include VAT");
        assertThat(diff.promises().added()).isEmpty();
    }

    @Test
    void provisionsAreRecognisedByTheirWordsOrByTheirTypeAndPromise() {
        PromiseDraft delivery = promise(DELIVERY, "Delivery in 3 days");
        VersionDiff diff = VersionDiff.between(
                content(List.of(delivery), List.of(
                        new ProvisionDraft(ProvisionType.REMEDY, "Delivery charge refunded", 1),
                        new ProvisionDraft(ProvisionType.DISPUTE_RESOLUTION, "Retail ADR scheme", null),
                        new ProvisionDraft(ProvisionType.LIMITATION, "Not on bank holidays", 1)), List.of()),
                content(List.of(delivery), List.of(
                        new ProvisionDraft(ProvisionType.REMEDY, "Delivery charge refunded twice", 1),
                        new ProvisionDraft(ProvisionType.DISPUTE_RESOLUTION, "Retail ADR scheme", null),
                        new ProvisionDraft(ProvisionType.COMPLAINT_CHANNEL, "Phone 0800 123", null)), List.of()));

        assertThat(diff.provisions().unchanged()).extracting(c -> c.after().text()).containsExactly("Retail ADR scheme");
        assertThat(diff.provisions().changed()).extracting(c -> c.before().text() + " → " + c.after().text())
                .containsExactly("Delivery charge refunded → Delivery charge refunded twice");
        assertThat(diff.provisions().added()).extracting(ProvisionDraft::text).containsExactly("Phone 0800 123");
        assertThat(diff.provisions().removed()).extracting(ProvisionDraft::text).containsExactly("Not on bank holidays");
    }

    @Test
    void aProvisionThatFollowsItsRenumberedPromiseIsAChangeOfReference() {
        VersionDiff diff = VersionDiff.between(
                content(List.of(promise(ADVERTISING, "Prices include VAT"), promise(DELIVERY, "Delivery in 3 days")),
                        List.of(new ProvisionDraft(ProvisionType.REMEDY, "Delivery charge refunded", 2)), List.of()),
                content(List.of(promise(DELIVERY, "Delivery in 3 days")),
                        List.of(new ProvisionDraft(ProvisionType.REMEDY, "Delivery charge refunded", 1)), List.of()));

        assertThat(diff.provisions().changed()).singleElement().satisfies(c -> {
            assertThat(c.before().promiseNumber()).isEqualTo(2);
            assertThat(c.after().promiseNumber()).isEqualTo(1);
        });
    }

    @Test
    void indicatorsAreRecognisedByNameAndTheSameTargetInAnotherScaleIsNoChange() {
        PromiseDraft delivery = promise(DELIVERY, "Delivery in 3 days");
        VersionDiff diff = VersionDiff.between(
                content(List.of(delivery), List.of(), List.of(indicator("Orders on time", "95.0000"),
                        indicator("Complaints answered in 2 days", "90"), indicator("Refunds in time", "99"))),
                content(List.of(delivery), List.of(), List.of(indicator("Orders on time", "95"),
                        indicator("Complaints answered in 2 days", "97.5"), indicator("Returns collected", "90"))));

        assertThat(diff.indicators().unchanged()).extracting(c -> c.after().name()).containsExactly("Orders on time");
        assertThat(diff.indicators().changed()).extracting(c -> c.after().targetValue())
                .containsExactly(new BigDecimal("97.5"));
        assertThat(diff.indicators().added()).extracting(IndicatorDraft::name).containsExactly("Returns collected");
        assertThat(diff.indicators().removed()).extracting(IndicatorDraft::name).containsExactly("Refunds in time");
    }

    @Test
    void duplicatePromisesArePairedOneToOne() {
        VersionDiff diff = VersionDiff.between(promises(promise(OTHER, "Be polite")),
                promises(promise(OTHER, "Be polite"), promise(OTHER, "Be polite")));

        assertThat(diff.promises().unchanged()).hasSize(1);
        assertThat(diff.promises().added()).containsExactly(new NumberedPromise(2, OTHER, "Be polite"));
    }
}
