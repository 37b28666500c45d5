package io.customercodes.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class DisplayDatesTest {

    final Locale locale = Locale.getDefault(Locale.Category.FORMAT);
    final TimeZone zone = TimeZone.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.FORMAT, locale);
        TimeZone.setDefault(zone);
    }

    @Test
    void datesAreWrittenAsTheConfiguredLocaleWritesThemInTheConfiguredZone() {
        configure(Map.of("customer-codes.locale", "de-AT", "customer-codes.time-zone", "Pacific/Auckland"));
        assertThat(DisplayDates.date(LocalDate.of(2026, 11, 26))).isEqualTo("26. November 2026");
        assertThat(EngineClock.zone().getId()).isEqualTo("Pacific/Auckland");
        // 23:30 UTC is already the next day in Auckland
        assertThat(DisplayDates.date(java.time.Instant.parse("2026-11-26T23:30:00Z"))).isEqualTo("27. November 2026");

        configure(Map.of("customer-codes.locale", "en-US"));
        assertThat(DisplayDates.date(LocalDate.of(2026, 11, 26))).isEqualTo("November 26, 2026");
        assertThat(DisplayDates.dayAndDate(LocalDate.of(2026, 11, 26))).isEqualTo("Thursday, November 26, 2026");
    }

    @Test
    void anUnknownZoneOrLocaleStopsTheStartWithAClearMessage() {
        assertThatThrownBy(() -> configure(Map.of("customer-codes.time-zone", "Mars/Olympus")))
                .hasMessageContaining("customer-codes.time-zone 'Mars/Olympus' is not a time zone");
        assertThatThrownBy(() -> configure(Map.of("customer-codes.locale", "not a locale!")))
                .hasMessageContaining("customer-codes.locale 'not a locale!' is not a language tag");
    }

    private static void configure(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        new OrganizationTimeAndLocale().postProcessEnvironment(environment, null);
    }
}
