package com.techladder.batch.classification;

import com.techladder.rules.model.EnterpriseProfile;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

/**
 * Slows a run down to {@code test.classification.chunk-pause} milliseconds per chunk, so that a crash test can kill the
 * process while the run is surely in the middle. Pauses before the write, outside the rows the chunk locks.
 */
@Component
@ConditionalOnProperty("test.classification.chunk-pause")
class ChunkPacer implements ItemWriteListener<EnterpriseProfile> {

    private final long pauseMillis;

    ChunkPacer(@Value("${test.classification.chunk-pause}") long pauseMillis) {
        this.pauseMillis = pauseMillis;
    }

    @Override
    public void beforeWrite(Chunk<? extends EnterpriseProfile> items) {
        try {
            Thread.sleep(pauseMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
