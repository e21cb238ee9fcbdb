package com.techladder.registry.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code techladder.sample-data.*}: whether the embedded default fills an empty registry from the sample files at
 * start-up, and where they are (relative to the working directory, the project root under {@code spring-boot:run}).
 */
@ConfigurationProperties("techladder.sample-data")
record SampleDataProperties(
        @DefaultValue("false") boolean importOnFirstStart,
        @DefaultValue("sample-data") Path directory) {
}
