package com.techladder.batch.classification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code techladder.classification.*}.
 *
 * @param cron       when the nightly run starts (Spring cron, six fields)
 * @param zone       the time zone of {@code cron}: Fuzhou's
 * @param partitions USCC ranges classified in parallel; about the number of cores the job may use
 * @param chunkSize  enterprises per engine pass and per transaction
 * @param lease      how long the single-run lock survives without being renewed: a crashed instance's run is declared
 *                   dead and frees the lock after this; the running instance renews it every {@link #heartbeat()}
 * @param assessmentYear the year the nightly run assesses; unset = the year the registry's figures are for (newest fiscal
 *     year imported + 1), the current year in {@code zone} when nothing is imported
 */
@ConfigurationProperties("techladder.classification")
public record ClassificationProperties(
        @DefaultValue("0 0 2 * * *") String cron,
        @DefaultValue("Asia/Shanghai") String zone,
        @DefaultValue("2") int partitions,
        @DefaultValue("1000") int chunkSize,
        @DefaultValue("30s") Duration lease,
        Integer assessmentYear) {

    /** How often a running run renews its lease: six beats to a lease, so that a slow beat or two never loses it. */
    public Duration heartbeat() {
        return lease.dividedBy(6);
    }
}
