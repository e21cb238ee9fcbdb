package com.techladder.registry.policy;

/** Who may do what in the policy workbench (docs/security.md): the {@code @PreAuthorize} rules, declared once. */
final class PolicyAccess {

    /** Draft, approve, reject (approving one's own draft is refused by {@link PolicyWorkbench}). */
    static final String OFFICERS = "hasAnyRole('POLICY_OFFICER', 'ADMIN')";
    /** Read drafts and the parameters with their history. */
    static final String READERS = "hasAnyRole('POLICY_OFFICER', 'ADMIN', 'STAFF', 'AUDITOR')";

    private PolicyAccess() {
    }
}
