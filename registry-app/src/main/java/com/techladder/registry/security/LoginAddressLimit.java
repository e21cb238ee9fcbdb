package com.techladder.registry.security;

import java.sql.Timestamp;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Failed logins per client address, in {@code login_address_attempt} (V4) so that every instance sees the same count.
 * An attempt is reserved before its password is checked (one conditional UPDATE: a parallel burst cannot slip past the
 * limit) and given back when it succeeds; so the count is of failures, and of attempts still being checked.
 */
@Component
class LoginAddressLimit {

    private final JdbcTemplate jdbc;
    private final LoginThrottleProperties properties;

    LoginAddressLimit(JdbcTemplate jdbc, LoginThrottleProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Counts one attempt from {@code address}; false (nothing counted) when the address has used up its window. */
    boolean tryReserve(String address) {
        LocalDateTime now = LocalDateTime.now();
        return reserveExisting(address, now) || insertFirst(address, now) || reserveExisting(address, now);
    }

    /** Gives back the attempt of a successful login. */
    void release(String address) {
        jdbc.update("UPDATE login_address_attempt SET failures = failures - 1 WHERE address = ? AND failures > 0",
                address);
    }

    private boolean reserveExisting(String address, LocalDateTime now) {
        Timestamp windowOpenedBefore = Timestamp.valueOf(now.minus(properties.addressWindow()));
        return jdbc.update("UPDATE login_address_attempt SET"
                + " failures = CASE WHEN window_start <= ? THEN 1 ELSE failures + 1 END,"
                + " window_start = CASE WHEN window_start <= ? THEN CAST(? AS TIMESTAMP) ELSE window_start END"
                + " WHERE address = ? AND (failures < ? OR window_start <= ?)",
                windowOpenedBefore, windowOpenedBefore, Timestamp.valueOf(now), address,
                properties.addressMaxFailures(), windowOpenedBefore) == 1;
    }

    /** The address's first attempt (false when another request inserted it first); old windows are dropped here. */
    private boolean insertFirst(String address, LocalDateTime now) {
        jdbc.update("DELETE FROM login_address_attempt WHERE window_start < ?",
                Timestamp.valueOf(now.minus(properties.addressWindow()).minusHours(1)));
        return properties.addressMaxFailures() > 0 && jdbc.update(
                "INSERT INTO login_address_attempt (address, failures, window_start) VALUES (?, 1, ?)"
                        + " ON CONFLICT DO NOTHING", address, Timestamp.valueOf(now)) == 1;
    }
}
