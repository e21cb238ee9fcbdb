package com.techladder.registry.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Accounts created at start-up ({@code techladder.*}).
 *
 * @param demo the embedded default's demo accounts
 * @param admin the first administrator of any other installation
 */
@ConfigurationProperties("techladder")
public record AccountProperties(@DefaultValue Demo demo, @DefaultValue Admin admin) {

    /**
     * @param enabled create {@code staff}, {@code auditor}, {@code admin} and one ENTERPRISE account per registry
     *     enterprise (user name = its USCC); true only on the embedded default
     * @param password the password of every demo account; a launch may override it
     */
    public record Demo(@DefaultValue("false") boolean enabled, @DefaultValue("techladder") String password) {
    }

    /** @param initialPassword creates {@code admin} with this password when no administrator exists yet */
    public record Admin(String initialPassword) {
    }
}
