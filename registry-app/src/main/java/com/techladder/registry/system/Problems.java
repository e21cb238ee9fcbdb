package com.techladder.registry.system;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the problems of the HTTP contract: {@code status}, {@code title} (the status phrase), {@code detail} (zh-CN). */
public final class Problems {

    /** The extension member listing every broken field of a validation problem. */
    public static final String ERRORS = "errors";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    /** A 400 problem naming every broken field, in the order given. */
    public static ProblemDetail validation(String detail, List<FieldProblem> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty(ERRORS, List.copyOf(errors));
        return problem;
    }
}
