package com.techladder.registry.console;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

import com.techladder.batch.classification.ClassificationProperties;

/**
 * When the nightly classification fires next, read from the same properties the scheduler uses
 * ({@code techladder.classification.cron} and {@code .zone}), so the console never shows a time the scheduler does not
 * keep.
 */
@Component
class NightlySchedule {

    private final ClassificationProperties properties;

    NightlySchedule(ClassificationProperties properties) {
        this.properties = properties;
    }

    /**
     * @param cron the Spring cron expression (six fields)
     * @param nextRun the next fire time in the schedule's zone (Fuzhou's by default); null when the schedule is off
     */
    record Next(String cron, ZoneId zone, ZonedDateTime nextRun) {
    }

    /** The schedule's time zone: "this year" and "tonight" are Fuzhou's, whatever the server's zone. */
    ZoneId zone() {
        return ZoneId.of(properties.zone());
    }

    Next next() {
        return nextAfter(ZonedDateTime.now(zone()));
    }

    /** No next run when the schedule is switched off ({@code cron: "-"}, as for {@code @Scheduled}). */
    Next nextAfter(ZonedDateTime now) {
        if (Scheduled.CRON_DISABLED.equals(properties.cron())) {
            return new Next(properties.cron(), zone(), null);
        }
        return new Next(properties.cron(), zone(), CronExpression.parse(properties.cron()).next(now.withZoneSameInstant(zone())));
    }
}
