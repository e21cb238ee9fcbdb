package com.techladder.registry.console;

/** Who may use the staff console (docs/security.md): staff and administrators; auditors use the read-only review pages. */
final class ConsoleAccess {

    static final String STAFF = "hasAnyRole('STAFF', 'ADMIN')";
    /** Who may read the imports (read-only, under /review/imports): staff, and the auditors who check them. */
    static final String IMPORT_READERS = "hasAnyRole('STAFF', 'AUDITOR', 'ADMIN')";

    private ConsoleAccess() {
    }
}
