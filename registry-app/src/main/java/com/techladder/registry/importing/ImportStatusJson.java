package com.techladder.registry.importing;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.ToStringSerializer;
import com.techladder.batch.importing.ImportStatus;

/**
 * {@link ImportStatus} is the JSON of {@code GET /api/v1/imports/{importId}} as it is; only {@code importId} is written
 * as a string, like every id of the HTTP contract (a mix-in, so batch-import stays free of web concerns).
 */
@Configuration
class ImportStatusJson {

    @Bean
    JsonMapperBuilderCustomizer importIdAsString() {
        return builder -> builder.addMixIn(ImportStatus.class, IdAsString.class);
    }

    private abstract static class IdAsString {

        @JsonSerialize(using = ToStringSerializer.class)
        abstract long importId();
    }
}
