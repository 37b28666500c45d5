package io.customercodes.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customercodes.MovableClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private final MovableClock clock = new MovableClock();
    private final VerifiedCredentials credentials = new VerifiedCredentials(Duration.ofSeconds(60), clock);

    @Test
    void theSamePasswordWithinTheTimeToLiveGivesTheGroupsTheEngineGaveThen() {
        credentials.accepted("hank", "secret", List.of("code-managers"));

        clock.move(Duration.ofSeconds(59));
        assertThat(credentials.groupsOf("hank", "secret")).contains(List.of("code-managers"));
        clock.move(Duration.ofSeconds(1));
        assertThat(credentials.groupsOf("hank", "secret")).as("due for the engine's check again").isEmpty();
    }

    @Test
    void anotherPasswordOrAnotherUserIsLeftToTheEngine() {
        credentials.accepted("hank", "secret", List.of("code-managers"));

        assertThat(credentials.groupsOf("hank", "Secret")).isEmpty();
        assertThat(credentials.groupsOf("hank", "")).isEmpty();
        assertThat(credentials.groupsOf("mary", "secret")).isEmpty();
    }

    @Test
    void aRefusedPasswordForgetsTheOneAcceptedBefore() {
        credentials.accepted("hank", "old", List.of("code-managers"));

        credentials.refused("hank");

        assertThat(credentials.groupsOf("hank", "old")).isEmpty();
    }

    @Test
    void aNewlyAcceptedPasswordReplacesTheOldOne() {
        credentials.accepted("hank", "old", List.of("code-managers"));
        credentials.accepted("hank", "new", List.of("code-managers", "top-management"));

        assertThat(credentials.groupsOf("hank", "old")).isEmpty();
        assertThat(credentials.groupsOf("hank", "new")).contains(List.of("code-managers", "top-management"));
    }

    @Test
    void noTimeToLiveChecksEveryRequest() {
        VerifiedCredentials never = new VerifiedCredentials(Duration.ZERO, clock);

        never.accepted("hank", "secret", List.of("code-managers"));

        assertThat(never.groupsOf("hank", "secret")).isEmpty();
        assertThatThrownBy(() -> new VerifiedCredentials(Duration.ofSeconds(-1), clock))
                .hasMessageContaining("verified-credentials-seconds");
    }
}
