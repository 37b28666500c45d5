package io.customercodes.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.customercodes.MovableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void aFewMistakesCostNothing() {
        fail("10.0.0.1", "hank", 5);

        throttle.begin("10.0.0.1", "hank").succeeded();
    }

    @Test
    void eachFailureAfterTheFreeOnesDoublesTheWait() {
        fail("10.0.0.1", "hank", 6);
        assertThat(waitFor("10.0.0.1", "hank")).isEqualTo(Duration.ofSeconds(1));

        clock.move(Duration.ofSeconds(1));
        fail("10.0.0.1", "hank", 1);
        assertThat(waitFor("10.0.0.1", "hank")).isEqualTo(Duration.ofSeconds(2));

        clock.move(Duration.ofSeconds(2));
        fail("10.0.0.1", "hank", 1);
        assertThat(waitFor("10.0.0.1", "hank")).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void theWaitStopsGrowingAtFifteenMinutes() {
        for (int i = 0; i < 30; i++) {
            clock.move(Duration.ofMinutes(15));
            fail("10.0.0.1", "hank", 1);
        }
        assertThat(waitFor("10.0.0.1", "hank")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theRightPasswordWaitsLikeAWrongOneSoThatWaitingCannotBeSkipped() {
        fail("10.0.0.1", "hank", 6);

        assertThatThrownBy(() -> throttle.begin("10.0.0.1", "hank")).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void onlyTheGuessersAddressWaitsNotTheUser() {
        failWaiting("10.0.0.66", "hank", 20);

        throttle.begin("10.0.0.1", "hank").succeeded();
        throttle.begin("10.0.0.66", "mary").succeeded();
    }

    @Test
    void anAddressTryingManyUsersWaitsForAll() {
        for (int user = 0; user < 30; user++) {
            fail("10.0.0.66", "user" + user, 1);
        }
        throttle.begin("10.0.0.66", "mary").succeeded();
        fail("10.0.0.66", "user30", 1);

        assertThat(waitFor("10.0.0.66", "mary")).isEqualTo(Duration.ofSeconds(1));
        throttle.begin("10.0.0.1", "mary").succeeded();
    }

    @Test
    void aSuccessClearsTheFailuresOfThatUser() {
        fail("10.0.0.1", "hank", 5);
        throttle.begin("10.0.0.1", "hank").succeeded();
        fail("10.0.0.1", "hank", 5);

        throttle.begin("10.0.0.1", "hank").succeeded();
    }

    @Test
    void anHourWithoutFailuresForgetsThem() {
        failWaiting("10.0.0.1", "hank", 12);
        clock.move(Duration.ofMinutes(59));
        fail("10.0.0.1", "hank", 1);
        assertThat(waitFor("10.0.0.1", "hank")).as("the 13th failure").isEqualTo(Duration.ofSeconds(128));

        clock.move(Duration.ofHours(1));
        fail("10.0.0.1", "hank", 5);
        throttle.begin("10.0.0.1", "hank").succeeded();
    }

    @Test
    void guessesSentAtOnceGainNothing() {
        List<LoginThrottle.Attempt> atOnce = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            atOnce.add(throttle.begin("10.0.0.1", "hank"));
        }
        assertThat(waitFor("10.0.0.1", "hank")).isEqualTo(Duration.ofSeconds(1));

        atOnce.forEach(LoginThrottle.Attempt::failed);
        assertThat(waitFor("10.0.0.1", "hank")).as("the wait after 8 failures").isEqualTo(Duration.ofSeconds(4));
        clock.move(Duration.ofSeconds(4));
        LoginThrottle.Attempt next = throttle.begin("10.0.0.1", "hank");
        assertThat(waitFor("10.0.0.1", "hank")).as("one at a time once past the free failures")
                .isEqualTo(Duration.ofSeconds(1));
        next.abandoned();
    }

    @Test
    void ipv6ClientsAreCountedByNetwork() {
        fail("2001:db8:1:2:aaaa::1", "hank", 6);

        assertThat(waitFor("2001:db8:1:2:bbbb::7", "hank")).isEqualTo(Duration.ofSeconds(1));
        throttle.begin("2001:db8:1:3::1", "hank").succeeded();
    }

    @Test
    void userIdsDifferingOnlyInCaseShareTheirCount() {
        fail("10.0.0.1", "hank", 6);

        assertThat(waitFor("10.0.0.1", "HANK")).isEqualTo(Duration.ofSeconds(1));
    }

    private void fail(String address, String user, int times) {
        for (int i = 0; i < times; i++) {
            throttle.begin(address, user).failed();
        }
    }

    /** Fails as a patient guesser does: each time as soon as the throttle lets him. */
    private void failWaiting(String address, String user, int times) {
        for (int i = 0; i < times; i++) {
            clock.move(waitFor(address, user));
            throttle.begin(address, user).failed();
        }
    }

    private Duration waitFor(String address, String user) {
        LoginThrottledException throttled = catchThrowableOfType(LoginThrottledException.class,
                () -> throttle.begin(address, user).abandoned());
        return throttled == null ? Duration.ZERO : throttled.retryAfter();
    }
}
