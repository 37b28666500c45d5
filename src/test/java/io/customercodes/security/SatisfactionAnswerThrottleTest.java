package io.customercodes.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.customercodes.MovableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Ballot stuffing of the satisfaction question from one address (IPv6: one /64) is slowed down, not others. */
class SatisfactionAnswerThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final SatisfactionAnswerThrottle throttle = new SatisfactionAnswerThrottle(clock);

    @Test
    void anOfficeBehindOneAddressAnswersFreelyAScriptWaits() {
        answer("192.0.2.1", 21);

        assertThat(waitFor("192.0.2.1")).isEqualTo(Duration.ofSeconds(30));
        throttle.begin("192.0.2.2").filed();
    }

    @Test
    void oneIpv6NetworkIsOneAddress() {
        answer("2001:db8:1:2::1", 21);

        assertThat(waitFor("2001:db8:1:2:ffff::9")).isEqualTo(Duration.ofSeconds(30));
        throttle.begin("2001:db8:1:3::1").filed();
    }

    @Test
    void refusedAnswersCostNothingAndAnHourLaterAllIsForgotten() {
        for (int i = 0; i < 100; i++) {
            throttle.begin("192.0.2.1").abandoned();
        }
        answer("192.0.2.1", 21);
        assertThat(waitFor("192.0.2.1")).isPositive();

        clock.move(Duration.ofHours(1));
        throttle.begin("192.0.2.1").filed();
    }

    private void answer(String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.begin(address).filed();
        }
    }

    private Duration waitFor(String address) {
        AddressThrottle.ThrottledException throttled = catchThrowableOfType(AddressThrottle.ThrottledException.class,
                () -> throttle.begin(address));
        assertThat(throttled).as("throttled").isNotNull();
        return throttled.retryAfter();
    }
}
