package com.techladder.registry.security;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts table. One account at a time through JPA ({@link AppUsers}); plain JDBC where a statement does more
 * than one entity could: demo start-up creates ~2,000 enterprise accounts in one batch (IDENTITY keys keep Hibernate
 * from batching inserts), the demo accounts are re-keyed by one UPDATE, and the login counters are conditional
 * single-statement updates, so that parallel attempts on any instance are counted one by one.
 */
@Repository
public class UserAccounts {

    private final AppUsers users;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;

    UserAccounts(AppUsers users, JdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    public Optional<AppUser> find(String username) {
        return users.findByUsername(username);
    }

    /** The registry name of an enterprise, for the header of its account's pages. */
    Optional<String> enterpriseName(String uscc) {
        return jdbc.queryForList("SELECT name FROM enterprise WHERE uscc = ?", String.class, uscc).stream()
                .filter(Objects::nonNull).findFirst();
    }

    public boolean exists(String username) {
        return users.existsByUsername(username);
    }

    public boolean anyEnabledWithRole(Role role) {
        return users.existsByRoleAndEnabledTrue(role);
    }

    /** The accounts the embedded demo created ({@code demo} mark, V4). */
    long countDemo() {
        return users.countByDemoTrue();
    }

    /** Enabled accounts of every role but {@code role}. */
    List<AppUser> enabledExceptRole(Role role) {
        return users.findByRoleNotAndEnabledTrueOrderByUsername(role);
    }

    /** Creates one account, hashing {@code rawPassword} with BCrypt. {@code uscc} only for ENTERPRISE accounts. */
    public void create(String username, String rawPassword, Role role, String uscc) {
        users.save(new AppUser(username, passwordEncoder.encode(rawPassword), role, uscc, LocalDateTime.now()));
    }

    /**
     * Creates demo accounts sharing one already computed password hash, in one JDBC batch. BCrypt is deliberately
     * slow (~0.1 s a hash), so hashing the same demo password 2,000 times would add minutes to the first start.
     */
    void createDemo(Collection<NewAccount> accounts, String passwordHash) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        jdbc.batchUpdate(
                "INSERT INTO app_user (username, password_hash, role, uscc, enabled, failed_attempts, demo, created_at)"
                        + " VALUES (?, ?, ?, ?, TRUE, 0, TRUE, ?)",
                accounts, 500, (ps, account) -> {
                    ps.setString(1, account.username());
                    ps.setString(2, passwordHash);
                    ps.setString(3, account.role().name());
                    ps.setString(4, account.uscc());
                    ps.setTimestamp(5, now);
                });
    }

    /** Gives every demo account this password hash (a launch with another {@code techladder.demo.password}). */
    int rekeyDemo(String passwordHash) {
        return jdbc.update("UPDATE app_user SET password_hash = ? WHERE demo = TRUE", passwordHash);
    }

    /** USCCs of registry enterprises that have no account of their own yet. */
    List<String> enterprisesWithoutAccount() {
        return jdbc.queryForList("SELECT e.uscc FROM enterprise e WHERE NOT EXISTS"
                + " (SELECT 1 FROM app_user u WHERE u.username = e.uscc) ORDER BY e.uscc", String.class)
                .stream().map(String::trim).toList();
    }

    /**
     * Counts an attempt to sign in as {@code username} before its password is checked, in one conditional UPDATE so that
     * parallel attempts (on any instance) are counted one by one: the attempt that reaches {@code maxFailures} locks the
     * account until {@code lockUntil}. False — and nothing to check — when the account is locked or disabled. A lock
     * that has expired starts a new count. The count stays when the password is wrong, and
     * {@link #recordSuccess} clears it.
     */
    boolean reserveAttempt(String username, LocalDateTime now, int maxFailures, LocalDateTime lockUntil) {
        return jdbc.update("UPDATE app_user SET"
                + " failed_attempts = CASE WHEN locked_until IS NULL THEN failed_attempts + 1 ELSE 1 END,"
                + " locked_until = CASE WHEN (CASE WHEN locked_until IS NULL THEN failed_attempts + 1 ELSE 1 END) >= ?"
                + " THEN CAST(? AS TIMESTAMP) ELSE NULL END"
                + " WHERE username = ? AND enabled = TRUE AND (locked_until IS NULL OR locked_until <= ?)",
                maxFailures, Timestamp.valueOf(lockUntil), username, Timestamp.valueOf(now)) == 1;
    }

    /** Clears the counters after a successful login. */
    void recordSuccess(String username) {
        jdbc.update("UPDATE app_user SET failed_attempts = 0, locked_until = NULL"
                + " WHERE username = ? AND (failed_attempts > 0 OR locked_until IS NOT NULL)", username);
    }

    /** Stores a new password (hashed), which is then no longer a demo account's shared one. */
    @Transactional
    void changePassword(String username, String rawPassword) {
        users.findByUsername(username).ifPresent(account -> account.changePassword(passwordEncoder.encode(rawPassword)));
    }

    /** An account to create; {@code uscc} only for ENTERPRISE accounts. */
    public record NewAccount(String username, Role role, String uscc) {
    }
}
