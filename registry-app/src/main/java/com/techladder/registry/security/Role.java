package com.techladder.registry.security;

/** Who a signed-in user is to the registry (docs/security.md has the access matrix). */
public enum Role {
    /** 企业用户 — bound to exactly one USCC; sees only its own record. */
    ENTERPRISE,
    /** 工作人员 — runs imports and classification runs. */
    STAFF,
    /** 审计人员 — reads everything, changes nothing. */
    AUDITOR,
    /** 管理员 — everything staff may do, plus operations. */
    ADMIN,
    /** 政策专员 — drafts policy parameter changes and approves other officers' drafts (policy workbench). */
    POLICY_OFFICER;

    /** The Spring Security authority, so {@code hasRole('STAFF')} matches. */
    public String authority() {
        return "ROLE_" + name();
    }
}
