package com.techladder.batch.importing;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code techladder.import.*}: where uploads are kept, how large a file may be, which share of rejected rows fails a
 * file as a whole (contract default 50%), and the chunk size of the stage step.
 */
@ConfigurationProperties("techladder.import")
public record ImportProperties(
        @DefaultValue("./data/imports") Path stagingDir,
        @DefaultValue("200MB") DataSize maxFileSize,
        @DefaultValue("0.5") double maxRejectedShare,
        @DefaultValue("2000") int chunkSize) {
}
