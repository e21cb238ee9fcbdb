package com.techladder.registry.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The stored accounts, one at a time; {@link UserAccounts} is what the rest of the application calls. */
interface AppUsers extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByRoleAndEnabledTrue(Role role);

    long countByDemoTrue();

    List<AppUser> findByRoleNotAndEnabledTrueOrderByUsername(Role role);
}
