package io.customercodes.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.customercodes.MovableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ComplaintFilingThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final ComplaintFilingThrottle throttle = new ComplaintFilingThrottle(clock);

    @Test
    void aFewComplaintsFromOneAddressGoThroughAtOnce() {
        file("192.0.2.1", 6);

        assertThat(waitFor("192.0.2.1")).isEqualTo(Duration.ofSeconds(30));
        throttle.begin("192.0.2.2").filed();
    }

    @Test
    void eachFurtherFilingDoublesTheWaitUpToAQuarterOfAnHour() {
        file("192.0.2.1", 6);
        clock.move(Duration.ofSeconds(30));
        file("192.0.2.1", 1);
        assertThat(waitFor("192.0.2.1")).isEqualTo(Duration.ofSeconds(60));
        for (int i = 0; i < 10; i++) {
            clock.move(waitFor("192.0.2.1"));
            file("192.0.2.1", 1);
        }
        assertThat(waitFor("192.0.2.1")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aFormShownAgainWithErrorsCostsNothing() {
        for (int i = 0; i < 50; i++) {
            throttle.begin("192.0.2.1").abandoned();
        }
        file("192.0.2.1", 5);
    }

    @Test
    void filingsAtTheSameTimeCountAgainstTheAllowance() {
        throttle.begin("192.0.2.1");
        throttle.begin("192.0.2.1");

        assertThat(waitFor("192.0.2.1")).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void anIpv6NetworkCountsAsOneAddress() {
        for (int i = 1; i <= 6; i++) {
            throttle.begin("2001:db8::" + i).filed();
        }
        assertThat(waitFor("2001:db8::ff")).isPositive();
        throttle.begin("2001:db8:0:1::1").filed();
    }

    @Test
    void anHourWithoutFilingsForgetsTheAddress() {
        file("192.0.2.1", 6);
        assertThat(waitFor("192.0.2.1")).isPositive();
        clock.move(ComplaintFilingThrottle.FORGET_AFTER);

        file("192.0.2.1", 5);
    }

    private void file(String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.begin(address).filed();
        }
    }

    private Duration waitFor(String address) {
        ComplaintFilingThrottle.ThrottledException throttled = catchThrowableOfType(
                ComplaintFilingThrottle.ThrottledException.class, () -> throttle.begin(address));
        return throttled == null ? Duration.ZERO : throttled.retryAfter();
    }
}
