package com.techladder.registry.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in principal: a Spring Security user that also knows its role and, for an enterprise, its USCC. */
public class RegistryUser extends User {

    private static final long serialVersionUID = 1L;

    private final Role role;
    private final String uscc;

    RegistryUser(AppUser account, boolean locked) {
        super(account.username(), account.passwordHash(), account.enabled(), true, true, !locked,
                List.of(new SimpleGrantedAuthority(account.role().authority())));
        this.role = account.role();
        this.uscc = account.uscc();
    }

    public Role role() {
        return role;
    }

    /** The USCC an ENTERPRISE account is bound to; null for every other role. */
    public String uscc() {
        return uscc;
    }
}
