package com.techladder.batch.importing;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code techladder.import.*}: where uploads are kept, how large a file may be, which share of rejected rows fails a
 * file as a whole (contract default 50%), the chunk size of the stage step, and how an import shows that its instance
 * is alive: its heartbeat is renewed every {@code heartbeat}; an import not renewed for {@code lease} was cut off by
 * the death of its instance (docs/operations.md, "After a crash").
 */
@ConfigurationProperties("techladder.import")
public record ImportProperties(
        @DefaultValue("./data/imports") Path stagingDir,
        @DefaultValue("200MB") DataSize maxFileSize,
        @DefaultValue("0.5") double maxRejectedShare,
        @DefaultValue("2000") int chunkSize,
        @DefaultValue("5s") Duration heartbeat,
        @DefaultValue("30s") Duration lease) {
}
