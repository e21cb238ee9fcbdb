package com.techladder.registry.assessment;

import com.techladder.batch.classification.RunInProgressException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The nightly classification: at {@code techladder.classification.cron} (default 02:00) in
 * {@code techladder.classification.zone} (default Asia/Shanghai), for {@link RunLauncher#defaultYear() the year the
 * registry's figures are for} unless {@code techladder.classification.assessment-year} is set. Every instance fires; the database lock lets one run and
 * the others step aside. Set the cron to {@code -} to switch the schedule off.
 */
@Configuration
@EnableScheduling
class NightlyClassification {

    private static final Logger log = LoggerFactory.getLogger(NightlyClassification.class);

    private final RunLauncher launcher;

    NightlyClassification(RunLauncher launcher) {
        this.launcher = launcher;
    }

    @Scheduled(cron = "${techladder.classification.cron:0 0 2 * * *}", zone = "${techladder.classification.zone:Asia/Shanghai}")
    void classifyTonight() {
        try {
            launcher.launchNightly();
        } catch (RunInProgressException e) {
            log.info("Nightly classification skipped: {}", e.getMessage());
        }
    }
}
