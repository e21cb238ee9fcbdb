package com.techladder.registry.security;

import com.techladder.registry.system.Problems;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is calling, for controllers that must keep "an enterprise sees only its own record". Use it in code
 * ({@code currentUser.requireAccessTo(uscc)}) or in an annotation
 * ({@code @PreAuthorize("@currentUser.canSee(#uscc)")}).
 */
@Component("currentUser")
public class CurrentUser {

    /** The signed-in user, empty for an anonymous caller. */
    public Optional<RegistryUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof RegistryUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public Optional<Role> role() {
        return get().map(RegistryUser::role);
    }

    /** The USCC the caller is bound to: present only for an ENTERPRISE account. */
    public Optional<String> boundUscc() {
        return get().map(RegistryUser::uscc);
    }

    public boolean isEnterprise() {
        return role().filter(Role.ENTERPRISE::equals).isPresent();
    }

    /**
     * Staff, auditors and admins see every enterprise; an enterprise only itself; policy officers (who work on the
     * parameters, not on records) and anonymous callers none. A new role must say which it is here.
     */
    public boolean canSee(String uscc) {
        return get().map(user -> switch (user.role()) {
            case STAFF, AUDITOR, ADMIN -> true;
            case ENTERPRISE -> user.uscc().equalsIgnoreCase(uscc.trim());
            case POLICY_OFFICER -> false;
        }).orElse(false);
    }

    /**
     * Throws {@code 403} unless {@link #canSee} — call it before looking anything up, so the answer to an enterprise
     * never depends on whether another enterprise's record exists.
     */
    public void requireAccessTo(String uscc) {
        if (!canSee(uscc)) {
            throw Problems.status(HttpStatus.FORBIDDEN, "api.problem.ownEnterpriseOnly");
        }
    }
}
