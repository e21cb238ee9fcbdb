package com.techladder.registry.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import com.techladder.batch.classification.ClassificationProperties;

/** The console shows the next nightly run in Fuzhou's time, whatever the zone of the server's clock. */
class NightlyScheduleTest {

    private static final ZoneId FUZHOU = ZoneId.of("Asia/Shanghai");

    private final NightlySchedule defaults =
            new NightlySchedule(new ClassificationProperties("0 0 2 * * *", "Asia/Shanghai", 2, 500, Duration.ofMinutes(10), null));

    @Test
    void afterTonightsRunTheNextIsTomorrowAtTwoInTheMorning() {
        NightlySchedule.Next next = defaults.nextAfter(ZonedDateTime.of(2025, 3, 1, 2, 0, 1, 0, FUZHOU));
        assertThat(next.nextRun()).isEqualTo(ZonedDateTime.of(2025, 3, 2, 2, 0, 0, 0, FUZHOU));
        assertThat(next.cron()).isEqualTo("0 0 2 * * *");
    }

    /** 17:30 UTC on 1 March is already 01:30 on 2 March in Fuzhou: the run is half an hour away, not a day. */
    @Test
    void aServerClockInUtcStillGetsFuzhousNight() {
        NightlySchedule.Next next = defaults.nextAfter(ZonedDateTime.of(2025, 3, 1, 17, 30, 0, 0, ZoneId.of("UTC")));
        assertThat(next.nextRun()).isEqualTo(ZonedDateTime.of(2025, 3, 2, 2, 0, 0, 0, FUZHOU));
        assertThat(next.zone()).isEqualTo(FUZHOU);
    }

    @Test
    void aConfiguredCronIsTheOneTheConsoleShows() {
        NightlySchedule fixed = new NightlySchedule(
                new ClassificationProperties("0 30 3 * * MON-FRI", "Asia/Shanghai", 2, 500, Duration.ofMinutes(10), 2024));
        assertThat(fixed.nextAfter(ZonedDateTime.of(2025, 3, 1, 12, 0, 0, 0, FUZHOU)).nextRun())
                .isEqualTo(ZonedDateTime.of(2025, 3, 3, 3, 30, 0, 0, FUZHOU));
    }

    @Test
    void aScheduleSwitchedOffHasNoNextRun() {
        NightlySchedule off = new NightlySchedule(
                new ClassificationProperties("-", "Asia/Shanghai", 2, 500, Duration.ofMinutes(10), null));
        assertThat(off.nextAfter(ZonedDateTime.of(2025, 3, 1, 12, 0, 0, 0, FUZHOU)).nextRun()).isNull();
    }
}
