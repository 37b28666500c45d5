package io.customercodes.version;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionStateTest {

    @Test
    void aDraftGoesThroughConsultationVerificationAndApprovalToPublication() {
        assertThat(VersionState.DRAFT.canMoveTo(VersionState.IN_CONSULTATION)).isTrue();
        assertThat(VersionState.IN_CONSULTATION.canMoveTo(VersionState.IN_VERIFICATION)).isTrue();
        assertThat(VersionState.IN_VERIFICATION.canMoveTo(VersionState.AWAITING_APPROVAL)).isTrue();
        assertThat(VersionState.AWAITING_APPROVAL.canMoveTo(VersionState.PUBLISHED)).isTrue();
        assertThat(VersionState.PUBLISHED.canMoveTo(VersionState.SUPERSEDED)).isTrue();
    }

    @Test
    void everyStepBeforeApprovalCanSendTheVersionBackToDrafting() {
        assertThat(VersionState.IN_CONSULTATION.canMoveTo(VersionState.DRAFT)).isTrue();
        assertThat(VersionState.IN_VERIFICATION.canMoveTo(VersionState.DRAFT)).isTrue();
        assertThat(VersionState.AWAITING_APPROVAL.canMoveTo(VersionState.DRAFT)).isTrue();
    }

    @Test
    void noStepCanBeSkipped() {
        assertThat(VersionState.DRAFT.canMoveTo(VersionState.PUBLISHED)).isFalse();
        assertThat(VersionState.DRAFT.canMoveTo(VersionState.AWAITING_APPROVAL)).isFalse();
        assertThat(VersionState.IN_CONSULTATION.canMoveTo(VersionState.PUBLISHED)).isFalse();
    }

    @Test
    void aPublishedVersionNeverReturnsToDrafting() {
        assertThat(VersionState.PUBLISHED.successors())
                .containsExactlyInAnyOrder(VersionState.SUPERSEDED, VersionState.WITHDRAWN);
    }

    @Test
    void supersededRejectedAndWithdrawnAreFinal() {
        assertThat(VersionState.SUPERSEDED.isFinal()).isTrue();
        assertThat(VersionState.REJECTED.isFinal()).isTrue();
        assertThat(VersionState.WITHDRAWN.isFinal()).isTrue();
        assertThat(VersionState.PUBLISHED.isFinal()).isFalse();
    }
}
