package com.techladder.registry.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in principal: a Spring Security user that also knows its role and, for an enterprise, its USCC. */
public class RegistryUser extends User {

    private static final long serialVersionUID = 1L;

    private final Role role;
    private final String uscc;
    private final String enterpriseName;

    /**
     * An account that has just proven its password (the hash is not kept: sessions are stored in the database).
     *
     * @param enterpriseName the registry name of an ENTERPRISE account's enterprise, null for other roles or when the
     *                       registry does not know it (yet)
     */
    RegistryUser(AppUser account, String enterpriseName) {
        super(account.username(), "", account.enabled(), true, true, true,
                List.of(new SimpleGrantedAuthority(account.role().authority())));
        this.role = account.role();
        this.uscc = account.uscc();
        this.enterpriseName = enterpriseName;
    }

    /** The name the pages greet the user with: an enterprise's name rather than its USCC, else the user name. */
    public String displayName() {
        return enterpriseName != null && !enterpriseName.isBlank() ? enterpriseName : getUsername();
    }

    public Role role() {
        return role;
    }

    /** The USCC an ENTERPRISE account is bound to; null for every other role. */
    public String uscc() {
        return uscc;
    }
}
