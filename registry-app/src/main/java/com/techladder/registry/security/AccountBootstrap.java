package com.techladder.registry.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import com.techladder.registry.security.UserAccounts.NewAccount;

/**
 * Makes sure someone can sign in after start-up. On the embedded default ({@code techladder.demo.enabled}) it creates
 * the demo accounts, after the first-start sample import (hence the order), so every sample enterprise gets one. On any
 * other installation there is no default password: start-up stops with a clear message unless an administrator exists
 * or {@code techladder.admin.initial-password} names the first one's password. And outside the demo, start-up refuses
 * any known password ({@link KnownPasswords}): as the initial password, on a staff, auditor or admin account, or on
 * an account the demo created.
 */
@Component
@Order(AccountBootstrap.ORDER)
@EnableConfigurationProperties(AccountProperties.class)
public class AccountBootstrap implements ApplicationRunner {

    /** Runs after the first-start sample import ({@code SampleDataImport.ORDER}). */
    static final int ORDER = 200;
    static final String ADMIN = "admin";
    private static final int MIN_INITIAL_PASSWORD = 8;
    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final AccountProperties properties;
    private final KnownPasswords knownPasswords;

    AccountBootstrap(UserAccounts accounts, PasswordEncoder passwordEncoder, AccountProperties properties,
            KnownPasswords knownPasswords) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.knownPasswords = knownPasswords;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demo().enabled()) {
            ensureDemoAccounts(properties.demo().password());
        } else {
            refuseKnownPasswords();
        }
        if (!accounts.anyEnabledWithRole(Role.ADMIN)) {
            createInitialAdmin(properties.admin().initialPassword());
        }
    }

    /**
     * Outside the demo, a password published in this repository would let anyone in. Enterprise accounts are not
     * hashed through one by one (thousands of BCrypt checks): those the demo made are found by their mark instead.
     */
    void refuseKnownPasswords() {
        if (knownPasswords.isKnown(properties.admin().initialPassword())) {
            throw new IllegalStateException("techladder.admin.initial-password is a published default password; "
                    + "choose another");
        }
        long demoAccounts = accounts.countDemo();
        if (demoAccounts > 0) {
            throw new IllegalStateException(demoAccounts + " demo accounts (password: the published demo password) exist"
                    + " in this database but techladder.demo.enabled is false: delete them (DELETE FROM app_user WHERE"
                    + " demo = TRUE) before starting");
        }
        List<String> withKnownPassword = accounts.enabledExceptRole(Role.ENTERPRISE).stream()
                .filter(account -> knownPasswords.all().stream()
                        .anyMatch(known -> passwordEncoder.matches(known, account.passwordHash())))
                .map(AppUser::username).toList();
        if (!withKnownPassword.isEmpty()) {
            throw new IllegalStateException("Accounts " + withKnownPassword + " have a published default password; "
                    + "change it (or disable them) before starting");
        }
    }

    /**
     * Creates the missing demo accounts; hashes the demo password once for all of them. When the password differs
     * from the one the existing demo accounts were created with, they all take the new one.
     */
    public void ensureDemoAccounts(String password) {
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("techladder.demo.password is empty: demo accounts need a password");
        }
        String hash = passwordEncoder.encode(password);
        accounts.find("staff").filter(staff -> staff.passwordHash() != null)
                .filter(staff -> !passwordEncoder.matches(password, staff.passwordHash()))
                .ifPresent(staff -> log.info("Demo password changed: {} demo accounts re-keyed", accounts.rekeyDemo(hash)));

        List<NewAccount> missing = new ArrayList<>();
        for (Role role : List.of(Role.STAFF, Role.AUDITOR, Role.ADMIN)) {
            String username = role.name().toLowerCase(Locale.ROOT);
            if (!accounts.exists(username)) {
                missing.add(new NewAccount(username, role, null));
            }
        }
        // two policy officers: a draft needs a second person to approve it (四眼原则)
        for (String username : List.of("policy", "policy2")) {
            if (!accounts.exists(username)) {
                missing.add(new NewAccount(username, Role.POLICY_OFFICER, null));
            }
        }
        accounts.enterprisesWithoutAccount().forEach(uscc -> missing.add(new NewAccount(uscc, Role.ENTERPRISE, uscc)));
        accounts.createDemo(missing, hash);
        if (!missing.isEmpty()) {
            log.info("Demo accounts created: {} (password: property techladder.demo.password)", missing.size());
        }
    }

    private void createInitialAdmin(String initialPassword) {
        if (initialPassword == null || initialPassword.isBlank()) {
            throw new IllegalStateException("No administrator account exists and no initial password is configured. "
                    + "Start once with --techladder.admin.initial-password=<at least " + MIN_INITIAL_PASSWORD
                    + " characters> (or TECHLADDER_ADMIN_INITIAL_PASSWORD) to create the user 'admin'.");
        }
        if (initialPassword.length() < MIN_INITIAL_PASSWORD) {
            throw new IllegalStateException("techladder.admin.initial-password must have at least "
                    + MIN_INITIAL_PASSWORD + " characters");
        }
        if (accounts.exists(ADMIN)) {
            throw new IllegalStateException("The user 'admin' exists but is not an enabled administrator; "
                    + "fix app_user by hand rather than have start-up overwrite it");
        }
        accounts.create(ADMIN, initialPassword, Role.ADMIN, null);
        log.info("Administrator 'admin' created from techladder.admin.initial-password; change it after signing in");
    }
}
