package com.techladder.registry.selfcheck;

import java.util.List;

/** Every rule a self-check request broke; {@link SelfCheckService} puts them into words in the caller's language. */
final class InvalidSelfCheckException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    InvalidSelfCheckException(List<Violation> violations) {
        // expected input errors, reported to the user: no stack trace needed
        super(violations.size() + " violations", null, false, false);
        this.violations = List.copyOf(violations);
    }

    List<Violation> violations() {
        return violations;
    }
}
