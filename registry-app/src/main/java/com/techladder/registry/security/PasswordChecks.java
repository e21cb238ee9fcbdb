package com.techladder.registry.security;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Runs the BCrypt checks of logins, at most {@link LoginThrottleProperties#checkPermits()} at once: a flood of logins
 * then costs a bounded share of the CPU, and the public self-check keeps its latency. A user name that does not exist
 * costs no BCrypt at all; its answer is only delayed by as long as a check takes, so timing does not tell which names
 * exist (the delay holds a request thread, but no core).
 */
@Component
class PasswordChecks {

    private final PasswordEncoder encoder;
    private final LoginThrottleProperties properties;
    private final Semaphore permits;
    /** How long one check took lately (nanoseconds): what an unknown name waits. Measured once at start-up. */
    private final AtomicLong typicalCheckNanos = new AtomicLong();

    PasswordChecks(PasswordEncoder encoder, LoginThrottleProperties properties) {
        this.encoder = encoder;
        this.properties = properties;
        this.permits = new Semaphore(properties.checkPermits(), true);
        matches("timing-reference", encoder.encode("another-password"));
    }

    /**
     * Whether {@code raw} matches {@code hash}.
     *
     * @throws LoginThrottledException when no check could start within {@code checkWait}
     */
    boolean matches(String raw, String hash) {
        acquire();
        try {
            long start = System.nanoTime();
            boolean matches = encoder.matches(raw, hash);
            typicalCheckNanos.set(System.nanoTime() - start);
            return matches;
        } finally {
            permits.release();
        }
    }

    /** Answers an unknown user name as late as a wrong password would be answered, without computing anything. */
    void rejectUnknownUser() {
        try {
            TimeUnit.NANOSECONDS.sleep(typicalCheckNanos.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until a check may start. */
    private void acquire() {
        try {
            if (permits.tryAcquire(properties.checkWait().toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new LoginThrottledException("too many logins are being checked", properties.checkWait());
    }
}
