package com.techladder.registry.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Outside the demo, start-up refuses every password published in this repository: as the initial password, on an
 * account the demo created, on a staff, auditor or admin account. {@link AccountBootstrap}'s decisions over a stub of
 * the accounts; {@link AccountBootstrapTest} shows a refusal ending a real start-up.
 */
class AccountBootstrapRefusalsTest {

    private static final String FIRST_ADMIN_PASSWORD = "first-admin-pw";

    private final PasswordEncoder encoder = new BCryptPasswordEncoder(4);
    private final UserAccounts accounts = mock(UserAccounts.class);

    @Test
    void theDefaultDemoPasswordIsRefusedAsInitialPassword() {
        assertThatThrownBy(() -> startWithoutDemo(KnownPasswords.DEFAULT_DEMO))
                .hasMessageContaining("published default password");
        verify(accounts, never()).create(any(), any(), any(), any());
    }

    @Test
    void aLaunchsOwnDemoPasswordIsRefusedAsInitialPasswordToo() {
        AccountProperties properties = new AccountProperties(new AccountProperties.Demo(false, "launch-demo-pw"),
                new AccountProperties.Admin("launch-demo-pw"));
        assertThatThrownBy(() -> bootstrap(properties).run(new DefaultApplicationArguments()))
                .hasMessageContaining("published default password");
    }

    @Test
    void demoAccountsInTheDatabaseStopANonDemoStart() {
        when(accounts.countDemo()).thenReturn(2_172L);
        assertThatThrownBy(() -> startWithoutDemo(FIRST_ADMIN_PASSWORD))
                .hasMessageContaining("2172 demo accounts")
                .hasMessageContaining("DELETE FROM app_user WHERE demo = TRUE");
    }

    @Test
    void aStaffAccountWithTheDefaultPasswordStopsANonDemoStartAndIsNamed() {
        when(accounts.enabledExceptRole(Role.ENTERPRISE)).thenReturn(List.of(
                account("clerk", KnownPasswords.DEFAULT_DEMO, Role.STAFF),
                account("reviewer", "a-private-password", Role.AUDITOR)));
        assertThatThrownBy(() -> startWithoutDemo(FIRST_ADMIN_PASSWORD))
                .hasMessageContaining("[clerk]")
                .hasMessageNotContaining("reviewer")
                .hasMessageContaining("published default password");
    }

    @Test
    void withoutKnownPasswordsTheFirstAdministratorIsCreatedFromTheInitialPassword() {
        when(accounts.enabledExceptRole(Role.ENTERPRISE)).thenReturn(List.of(
                account("reviewer", "a-private-password", Role.AUDITOR)));
        assertThatCode(() -> startWithoutDemo(FIRST_ADMIN_PASSWORD)).doesNotThrowAnyException();
        verify(accounts).create("admin", FIRST_ADMIN_PASSWORD, Role.ADMIN, null);
    }

    @Test
    void anInitialPasswordOfFewerThanEightCharactersIsRefused() {
        assertThatThrownBy(() -> startWithoutDemo("seven-7")).hasMessageContaining("at least 8 characters");
        assertThatCode(() -> startWithoutDemo("eight-88")).doesNotThrowAnyException();
    }

    @Test
    void aDisabledAdminIsNotOverwrittenByTheInitialPassword() {
        when(accounts.exists("admin")).thenReturn(true);
        assertThatThrownBy(() -> startWithoutDemo(FIRST_ADMIN_PASSWORD))
                .hasMessageContaining("'admin' exists but is not an enabled administrator");
        verify(accounts, never()).create(any(), any(), any(), any());
    }

    private void startWithoutDemo(String initialPassword) {
        AccountProperties properties = new AccountProperties(new AccountProperties.Demo(false, KnownPasswords.DEFAULT_DEMO),
                new AccountProperties.Admin(initialPassword));
        bootstrap(properties).run(new DefaultApplicationArguments());
    }

    private AccountBootstrap bootstrap(AccountProperties properties) {
        return new AccountBootstrap(accounts, encoder, properties, new KnownPasswords(properties));
    }

    private AppUser account(String username, String password, Role role) {
        return new AppUser(username, encoder.encode(password), role, null, LocalDateTime.of(2026, 12, 1, 9, 0));
    }
}
