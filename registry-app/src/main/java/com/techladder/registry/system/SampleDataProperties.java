package com.techladder.registry.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code techladder.sample-data.*}: whether the embedded default fills an empty registry at start-up, and from what:
 * the generated Fuzhou registry (no directory, the default), or the files of a directory (relative to the working
 * directory, e.g. {@code sample-data} for the small committed sample the tests use).
 */
@ConfigurationProperties("techladder.sample-data")
record SampleDataProperties(
        @DefaultValue("false") boolean importOnFirstStart,
        Path directory) {
}
