package io.customercodes.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The zone name the grouped statistics give the database for "at time zone": one both databases read alike. */
class ComplaintStatisticsZoneTest {

    private final TimeZone original = TimeZone.getDefault();

    @AfterEach
    void restore() {
        TimeZone.setDefault(original);
    }

    @Test
    void aRegionKeepsItsNameAndAWholeHourOffsetBecomesTheEtcZoneOfTheSameOffset() {
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
        assertThat(ComplaintStatistics.zone()).isEqualTo("Europe/Berlin");

        TimeZone.setDefault(TimeZone.getTimeZone(ZoneOffset.ofHours(2)));
        assertThat(ComplaintStatistics.zone()).isEqualTo("Etc/GMT-2");
        assertThat(ZoneId.of(ComplaintStatistics.zone()).getRules().getOffset(Instant.now()))
                .isEqualTo(ZoneOffset.ofHours(2));

        TimeZone.setDefault(TimeZone.getTimeZone(ZoneOffset.ofHours(-5)));
        assertThat(ComplaintStatistics.zone()).isEqualTo("Etc/GMT+5");

        TimeZone.setDefault(TimeZone.getTimeZone("Etc/UTC"));
        assertThat(ComplaintStatistics.zone()).isEqualTo("UTC");
    }
}
