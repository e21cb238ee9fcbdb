package com.techladder.registry.selfcheck;

import java.util.List;

/**
 * One broken rule of a self-check request, before it is put into words: the field path as the client sent it
 * ({@code records[1].techStaff}), a message code ({@code selfcheck.error.<code>} in the bundles) and its arguments.
 */
record Violation(String field, String code, List<Object> args) {

    Violation {
        args = List.copyOf(args);
    }

    static Violation of(String field, String code, Object... args) {
        return new Violation(field, code, List.of(args));
    }

    String messageKey() {
        return "selfcheck.error." + code;
    }
}
