package com.techladder.registry.security;

import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Passwords anyone can read in this repository: the published default demo password and whatever the running
 * configuration sets as demo password. Outside the demo no account may have one (start-up refuses), and nobody may
 * choose one.
 */
@Component
class KnownPasswords {

    /** The default of {@code techladder.demo.password} (application.yml, README). */
    static final String DEFAULT_DEMO = "techladder";

    private final Set<String> known;

    KnownPasswords(AccountProperties properties) {
        String demo = properties.demo().password();
        known = demo == null || demo.isBlank() || demo.equals(DEFAULT_DEMO) ? Set.of(DEFAULT_DEMO)
                : Set.of(DEFAULT_DEMO, demo);
    }

    boolean isKnown(String password) {
        return password != null && known.contains(password);
    }

    Set<String> all() {
        return known;
    }
}
