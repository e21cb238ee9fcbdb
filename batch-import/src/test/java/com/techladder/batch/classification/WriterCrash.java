package com.techladder.batch.classification;

import com.techladder.rules.model.EnterpriseProfile;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

/**
 * Simulates a crash in the middle of a run: once armed, the chunk after {@code n} successful chunks fails after its
 * rows were written but before its transaction commits — the worst moment for duplicates.
 */
@Component
class WriterCrash implements ItemWriteListener<EnterpriseProfile> {

    private final AtomicInteger chunksLeft = new AtomicInteger(-1);

    void armAfter(int chunks) {
        chunksLeft.set(chunks);
    }

    void disarm() {
        chunksLeft.set(-1);
    }

    @Override
    public void afterWrite(Chunk<? extends EnterpriseProfile> items) {
        if (chunksLeft.get() >= 0 && chunksLeft.getAndDecrement() == 0) {
            throw new IllegalStateException("simulated crash after the chunk's rows were written");
        }
    }
}
