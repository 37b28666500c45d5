package io.customercodes.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customercodes.code.Code;
import io.customercodes.code.InterestedParty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeVersionTest {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    static Code code() {
        return new Code("SHOP", "Shop code", "Shop Ltd", "Web shop", 12, List.of(InterestedParty.STAFF), "mary", NOW);
    }

    static VersionDraft draft(String promise) {
        return new VersionDraft(List.of(new PromiseDraft(PromiseCategory.DELIVERY, promise)),
                List.of(new ProvisionDraft(ProvisionType.REMEDY, "Refund of the delivery charge", 1)),
                List.of(new IndicatorDraft("On-time deliveries", 1, Comparison.AT_LEAST, new BigDecimal("95"), "%")),
                "Daily report", "Website footer", "Two agents", List.of("Warehouse"));
    }

    static CodeVersion published(String promise) {
        CodeVersion version = CodeVersion.firstDraft(code(), "mary", NOW);
        version.updateDraft(draft(promise));
        version.moveTo(VersionState.IN_CONSULTATION, NOW);
        version.moveTo(VersionState.IN_VERIFICATION, NOW);
        version.moveTo(VersionState.AWAITING_APPROVAL, NOW);
        version.publish("tom", NOW);
        return version;
    }

    @Test
    void aDraftTakesNewContent() {
        CodeVersion version = CodeVersion.firstDraft(code(), "mary", NOW);
        version.updateDraft(draft("Delivery in 3 days"));
        assertThat(version.getPromises()).extracting(Promise::getText).containsExactly("Delivery in 3 days");
        assertThat(version.getPromises().get(0).getNumber()).isEqualTo(1);
        assertThat(version.getIndicators().get(0).getTargetText()).isEqualTo("≥ 95 %");
    }

    @Test
    void theCodeIsInForceWhileOneOfItsVersionsIsPublished() {
        CodeVersion first = published("Delivery in 3 days");
        Code code = first.getCode();
        assertThat(code.isInForce()).isTrue();

        // Publishing a revision supersedes the version in force first, then publishes the new one.
        CodeVersion revision = CodeVersion.revisionOf(first, 2, "mary", NOW);
        revision.moveTo(VersionState.IN_CONSULTATION, NOW);
        revision.moveTo(VersionState.IN_VERIFICATION, NOW);
        revision.moveTo(VersionState.AWAITING_APPROVAL, NOW);
        first.moveTo(VersionState.SUPERSEDED, NOW);
        assertThat(code.isInForce()).isFalse();
        revision.publish("tom", NOW);
        assertThat(code.isInForce()).isTrue();

        revision.moveTo(VersionState.WITHDRAWN, NOW);
        assertThat(code.isInForce()).isFalse();
    }

    @Test
    void aPublishedVersionRefusesAnyChangeOfContent() {
        CodeVersion version = published("Delivery in 3 days");

        assertThatThrownBy(() -> version.updateDraft(draft("Delivery in 10 days")))
                .isInstanceOf(VersionNotEditableException.class)
                .hasMessageContaining("PUBLISHED");
        assertThatThrownBy(() -> version.updatePlan(new VersionPlan("other", null, null, null)))
                .isInstanceOf(VersionNotEditableException.class);
        assertThat(version.getPromises()).extracting(Promise::getText).containsExactly("Delivery in 3 days");
    }

    @Test
    void aVersionUnderReviewRefusesChangesToo() {
        CodeVersion version = CodeVersion.firstDraft(code(), "mary", NOW);
        version.updateDraft(draft("Delivery in 3 days"));
        version.moveTo(VersionState.IN_CONSULTATION, NOW);

        assertThatThrownBy(() -> version.updateDraft(draft("changed during consultation")))
                .isInstanceOf(VersionNotEditableException.class);
    }

    @Test
    void publishingRecordsWhoAndWhen() {
        CodeVersion version = published("Delivery in 3 days");
        assertThat(version.getPublishedBy()).isEqualTo("tom");
        assertThat(version.getPublishedAt()).isEqualTo(NOW);
    }

    @Test
    void aPublishedVersionCannotBePublishedAgainOrSentBack() {
        CodeVersion version = published("Delivery in 3 days");
        assertThatThrownBy(() -> version.moveTo(VersionState.DRAFT, NOW))
                .isInstanceOf(IllegalVersionTransitionException.class);
        assertThatThrownBy(() -> version.publish("tom", NOW))
                .isInstanceOf(IllegalVersionTransitionException.class);
    }

    @Test
    void aRevisionStartsAsADraftCopyOfTheEarlierVersion() {
        CodeVersion earlier = published("Delivery in 3 days");
        CodeVersion revision = CodeVersion.revisionOf(earlier, 2, "mary", NOW);

        assertThat(revision.getState()).isEqualTo(VersionState.DRAFT);
        assertThat(revision.getNumber()).isEqualTo(2);
        assertThat(revision.draft()).isEqualTo(earlier.draft());

        revision.updateDraft(draft("Delivery in 2 days"));
        assertThat(earlier.getPromises()).extracting(Promise::getText).containsExactly("Delivery in 3 days");
    }

    @Test
    void eachConsultationRoundIsCounted() {
        CodeVersion version = CodeVersion.firstDraft(code(), "mary", NOW);
        version.moveTo(VersionState.IN_CONSULTATION, NOW);
        version.moveTo(VersionState.DRAFT, NOW);
        version.moveTo(VersionState.IN_CONSULTATION, NOW);
        assertThat(version.getConsultationRound()).isEqualTo(2);
    }
}
