package com.techladder.registry.system;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Builds the problems of the HTTP contract: {@code status}, {@code title} (the status phrase), {@code detail} (in the
 * reader's language: zh-CN unless the request asks for English).
 */
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

    /**
     * An error answered with a problem whose detail is said by a bundle code ({@code api.*}) and its arguments:
     * {@link ProblemHandling} (a {@code ResponseEntityExceptionHandler}) fills the detail in the request's language.
     * Pages that throw it get the error page of the status.
     */
    public static ErrorResponseException status(HttpStatus status, String code, Object... args) {
        return new ErrorResponseException(status, of(status, code), null, code, args);
    }

    /** A 400 problem naming every broken field, in the order given. */
    public static ProblemDetail validation(String detail, List<FieldProblem> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty(ERRORS, List.copyOf(errors));
        return problem;
    }
}
