package com.techladder.registry.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A login refused before any password was checked, for a reason that says nothing about the account: too many failed
 * logins from the caller's address, or too many password checks running. Answered with {@code 429} and
 * {@code Retry-After} (API) or {@code /login?throttled} (form).
 */
class LoginThrottledException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    LoginThrottledException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
