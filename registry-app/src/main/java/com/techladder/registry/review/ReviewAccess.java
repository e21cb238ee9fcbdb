package com.techladder.registry.review;

/**
 * Who may read the review pages (docs/security.md). Every page here is a GET: nothing an auditor can reach changes
 * anything.
 */
final class ReviewAccess {

    /** Runs, decision traces, diffs and exports: auditors, administrators, and staff who need to check their runs. */
    static final String READERS = "hasAnyRole('STAFF', 'AUDITOR', 'ADMIN')";
    /** The audit log: the same audience as {@code GET /api/v1/audit-log}. */
    static final String AUDIT_LOG_READERS = "hasAnyRole('AUDITOR', 'ADMIN')";

    private ReviewAccess() {
    }
}
