package com.techladder.registry.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in principal: a Spring Security user that also knows its role and, for an enterprise, its USCC. */
public class RegistryUser extends User {

    private static final long serialVersionUID = 1L;

    private final Role role;
    private final String uscc;

    /** An account that has just proven its password (the hash is not kept: sessions are stored in the database). */
    RegistryUser(AppUser account) {
        super(account.username(), "", account.enabled(), true, true, true,
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
