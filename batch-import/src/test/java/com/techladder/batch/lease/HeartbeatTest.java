package com.techladder.batch.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A run of failing beats is logged once, its end once; the schedule goes on through it. */
@ExtendWith(OutputCaptureExtension.class)
class HeartbeatTest {

    @Test
    void aRunOfFailedBeatsIsLoggedOnceAndItsEndOnce(CapturedOutput output) throws Exception {
        AtomicInteger beats = new AtomicInteger();
        CountDownLatch recovered = new CountDownLatch(2);
        Heartbeat heartbeat = new Heartbeat("test-heartbeat", Duration.ofMillis(5)) {
            @Override
            public void beat() {
                if (beats.incrementAndGet() <= 4) {
                    throw new IllegalStateException("database unreachable");
                }
                recovered.countDown();
            }
        };
        heartbeat.start();
        try {
            assertThat(recovered.await(30, TimeUnit.SECONDS)).as("beats go on after failures").isTrue();
        } finally {
            heartbeat.stop();
        }

        assertThat(output.getOut().split("test-heartbeat failed", -1)).as("one warning for four failures").hasSize(2);
        assertThat(output.getOut()).contains("WARN").contains("database unreachable");
        assertThat(output.getOut().split("test-heartbeat works again", -1)).hasSize(2);
    }
}
