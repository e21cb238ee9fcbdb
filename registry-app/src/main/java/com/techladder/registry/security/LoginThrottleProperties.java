package com.techladder.registry.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling ({@code techladder.security.login.*}): after {@code maxFailures} consecutive failed logins for a user
 * name, that account is locked for {@code lockDuration}, which makes guessing a password by brute force impractical.
 */
@ConfigurationProperties("techladder.security.login")
public record LoginThrottleProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration lockDuration) {
}
