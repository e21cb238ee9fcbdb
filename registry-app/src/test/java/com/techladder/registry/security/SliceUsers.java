package com.techladder.registry.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDateTime;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signed-in callers for web slices, as the application's login makes them ({@link RegistryUser}, with its role and, for
 * an enterprise, its USCC), so that {@code @currentUser} and the pages see what they see in the running application.
 */
public final class SliceUsers {

    private SliceUsers() {
    }

    /** A signed-in user of {@code role} that is not an enterprise. */
    public static RequestPostProcessor signedIn(String username, Role role) {
        return user(new RegistryUser(new AppUser(username, "", role, null, LocalDateTime.now()), null));
    }

    /** An enterprise account bound to {@code uscc}, greeted as {@code name}. */
    public static RequestPostProcessor enterprise(String username, String uscc, String name) {
        return user(new RegistryUser(new AppUser(username, "", Role.ENTERPRISE, uscc, LocalDateTime.now()), name));
    }
}
