package com.techladder.registry.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling ({@code techladder.security.login.*}, docs/security.md). Two limits, both counted in the database so
 * they hold across instances and restarts:
 * <ul>
 * <li>per account: after {@code maxFailures} attempts without a success the account is locked for
 * {@code lockDuration} — even the right password is then refused, unchecked;</li>
 * <li>per client address: after {@code addressMaxFailures} failed logins within {@code addressWindow} (from the first),
 * that address may not try again until the window ends. It is lower than the account limit on purpose, so one address
 * alone cannot lock someone else's account (e.g. {@code admin}).</li>
 * </ul>
 *
 * @param concurrentChecks password checks (BCrypt, ~0.1 s of one core each) running at once; further attempts wait up
 *     to {@code checkWait} and are then refused as "busy", so a flood of logins cannot take every core from the
 *     rest of the application. 0 = half the cores, at least one.
 */
@ConfigurationProperties("techladder.security.login")
public record LoginThrottleProperties(
        @DefaultValue("10") int maxFailures,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("5") int addressMaxFailures,
        @DefaultValue("15m") Duration addressWindow,
        @DefaultValue("0") int concurrentChecks,
        @DefaultValue("2s") Duration checkWait) {

    int checkPermits() {
        return concurrentChecks > 0 ? concurrentChecks : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }
}
