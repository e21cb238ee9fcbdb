package com.techladder.registry.system;

import java.util.List;

/**
 * Throw from any controller or service to answer {@code 400 application/problem+json} listing every broken field
 * ({@code errors: [{field, message}]}). Collect all the problems first, then throw once: the contract wants all of
 * them, not just the first.
 */
public class ValidationProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> errors;

    public ValidationProblemException(String detail, List<FieldProblem> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public ValidationProblemException(List<FieldProblem> errors) {
        this("请求中有 " + errors.size() + " 处数据不符合要求", errors);
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
