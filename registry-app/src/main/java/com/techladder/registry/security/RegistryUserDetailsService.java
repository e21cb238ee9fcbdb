package com.techladder.registry.security;

import java.time.LocalDateTime;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts from {@code app_user}; a throttled account comes back locked so even the right password fails. */
@Service
class RegistryUserDetailsService implements UserDetailsService {

    private final UserAccounts accounts;

    RegistryUserDetailsService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AppUser account = accounts.find(username)
                .orElseThrow(() -> new UsernameNotFoundException("no account " + username));
        return new RegistryUser(account, account.isLockedAt(LocalDateTime.now()));
    }
}
