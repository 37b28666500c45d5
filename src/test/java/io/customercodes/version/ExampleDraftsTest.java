package io.customercodes.version;

import static org.assertj.core.api.Assertions.assertThat;

import io.customercodes.approval.AccuracyGaps;
import io.customercodes.code.ExampleDraft;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExampleDraftsTest {

    @ParameterizedTest
    @EnumSource(ExampleDraft.class)
    void eachExampleLoadsAndLeavesNoGapForTheAccuracyCheck(ExampleDraft example) {
        VersionDraft draft = ExampleDrafts.of(example);

        assertThat(draft.promises()).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(p -> assertThat(p.text()).isNotBlank().hasSizeLessThanOrEqualTo(4000));
        assertThat(draft.provisions()).extracting(ProvisionDraft::type).contains(ProvisionType.COMPLAINT_CHANNEL,
                ProvisionType.RESPONSIBILITY, ProvisionType.REMEDY, ProvisionType.DISPUTE_RESOLUTION);
        assertThat(draft.indicators()).allSatisfy(i -> {
            assertThat(i.targetValue()).isNotNull();
            assertThat(i.comparison()).isNotNull();
            assertThat(i.name()).hasSizeLessThanOrEqualTo(300);
        });
        assertThat(draft.teams()).isNotEmpty();
        assertThat(AccuracyGaps.of(draft)).isEmpty();
    }
}
