package com.techladder.registry.system;

import java.util.List;

import com.techladder.batch.text.Message;

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

    /** With a detail said by a code ({@link Message}), in the reader's language when answered. */
    public ValidationProblemException(Message detail, List<FieldProblem> errors) {
        this(detail.stored(), errors);
    }

    /** With the detail "the request has N problems" ({@code api.problem.fields}), said in the reader's language. */
    public ValidationProblemException(List<FieldProblem> errors) {
        this(Message.of("api.problem.fields", errors.size()).stored(), errors);
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
