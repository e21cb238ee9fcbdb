package com.techladder.registry.security;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An account: a row of {@code app_user} (V4). Read and created through {@link AppUsers}; the login counters, the demo
 * accounts' batch and their re-keying are single SQL statements in {@link UserAccounts} instead, so an entity read
 * before them is stale: {@link UserAccounts} reads each account afresh, outside any longer persistence context.
 */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    // CHAR(18): a USCC always has 18 characters, so nothing is padded
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 18)
    private String uscc;
    private boolean enabled;
    private int failedAttempts;
    private LocalDateTime lockedUntil;
    private boolean demo;
    private LocalDateTime createdAt;

    protected AppUser() {
        // for JPA
    }

    /** A new enabled account, never failed; {@code uscc} only for {@link Role#ENTERPRISE}. */
    AppUser(String username, String passwordHash, Role role, String uscc, LocalDateTime createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.uscc = uscc;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    /** The enterprise an {@link Role#ENTERPRISE} account is bound to; null for every other role. */
    public String uscc() {
        return uscc == null ? null : uscc.trim();
    }

    public boolean enabled() {
        return enabled;
    }

    /** Consecutive failed logins since the last success or lock. */
    public int failedAttempts() {
        return failedAttempts;
    }

    /** Login refused until then (throttling), null when not locked. */
    public LocalDateTime lockedUntil() {
        return lockedUntil;
    }

    public boolean isLockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** A new password's hash; the account no longer shares the demo password. */
    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.demo = false;
    }
}
