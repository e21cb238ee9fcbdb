package com.techladder.registry.console;

/** Who may use the staff console (docs/security.md): staff and administrators; auditors use the read-only review pages. */
final class ConsoleAccess {

    static final String STAFF = "hasAnyRole('STAFF', 'ADMIN')";

    private ConsoleAccess() {
    }
}
