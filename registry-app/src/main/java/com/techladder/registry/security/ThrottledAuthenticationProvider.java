package com.techladder.registry.security;

import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a user name and password (form login and HTTP Basic alike) against {@code app_user}, throttled so that it holds
 * under parallel attempts and across instances (docs/security.md):
 * <ol>
 * <li>the client address reserves an attempt ({@link LoginAddressLimit}); refused → {@link LoginThrottledException};</li>
 * <li>the account reserves an attempt in the same way ({@link UserAccounts#reserveAttempt}): once the limit is reached
 * the account is locked, and no further attempt is even checked;</li>
 * <li>only then is the password checked ({@link PasswordChecks}); a success clears both counts.</li>
 * </ol>
 * Wrong password, unknown user, locked or disabled account: one answer, {@link BadCredentialsException}, so nobody can
 * tell which accounts exist or are locked.
 *
 * <p>Being a bean, it is the global authentication manager's only provider. It must not also be added to the filter
 * chain's own manager: a failure there falls through to the global one, and every attempt would be counted twice.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    static final String BAD_CREDENTIALS = "Bad credentials";

    private final UserAccounts accounts;
    private final LoginAddressLimit addresses;
    private final PasswordChecks checks;
    private final LoginThrottleProperties properties;

    ThrottledAuthenticationProvider(UserAccounts accounts, LoginAddressLimit addresses, PasswordChecks checks,
            LoginThrottleProperties properties) {
        this.accounts = accounts;
        this.addresses = addresses;
        this.checks = checks;
        this.properties = properties;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = clientAddress(authentication);
        if (!addresses.tryReserve(address)) {
            throw new LoginThrottledException("too many failed logins from " + address, properties.addressWindow());
        }
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        Optional<AppUser> account = accounts.find(authentication.getName());
        if (account.isEmpty()) {
            checks.rejectUnknownUser();
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        AppUser user = account.get();
        LocalDateTime now = LocalDateTime.now();
        if (!accounts.reserveAttempt(user.username(), now, properties.maxFailures(), now.plus(properties.lockDuration()))
                || !checks.matches(password, user.passwordHash())) {
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        accounts.recordSuccess(user.username());
        addresses.release(address);
        RegistryUser principal = new RegistryUser(user,
                user.uscc() == null ? null : accounts.enterpriseName(user.uscc()).orElse(null));
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /**
     * The address the request came from: the servlet's remote address, which behind a proxy is the client's only when
     * forwarded headers are trusted ({@code server.forward-headers-strategy}, docs/operations.md).
     */
    private static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
    }
}
