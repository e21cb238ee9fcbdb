package com.techladder.registry.security;

import java.time.LocalDateTime;

/**
 * A row of {@code app_user}.
 *
 * @param uscc the enterprise an {@link Role#ENTERPRISE} account is bound to; null for every other role
 * @param failedAttempts consecutive failed logins since the last success or lock
 * @param lockedUntil login refused until then (throttling), null when not locked
 */
public record AppUser(
        String username,
        String passwordHash,
        Role role,
        String uscc,
        boolean enabled,
        int failedAttempts,
        LocalDateTime lockedUntil) {

    public boolean isLockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
