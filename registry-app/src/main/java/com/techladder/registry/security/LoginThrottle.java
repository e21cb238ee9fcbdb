package com.techladder.registry.security;

import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per user name in the database (so a restart or a second instance does not reset them) and
 * locks the account after too many. Form login and HTTP Basic both publish these events.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final UserAccounts accounts;
    private final LoginThrottleProperties properties;

    LoginThrottle(UserAccounts accounts, LoginThrottleProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        int failures = accounts.recordFailure(username);
        if (failures >= properties.maxFailures()) {
            accounts.lock(username, LocalDateTime.now().plus(properties.lockDuration()));
            log.warn("Account '{}' locked for {} after {} failed logins", username, properties.lockDuration(), failures);
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.recordSuccess(event.getAuthentication().getName());
    }
}
