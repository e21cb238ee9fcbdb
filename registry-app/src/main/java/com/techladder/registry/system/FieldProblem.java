package com.techladder.registry.system;

import com.techladder.batch.text.Message;

/**
 * One broken field of a validation problem: {@code {"field": "records[0].techStaff", "message": "…"}}.
 *
 * @param field the JSON path (or form/parameter name) of the field
 * @param message why it is wrong: a message code with its arguments in stored form ({@link #coded}), which
 *        {@link MessageWords#said} turns into the reader's words before anyone sees it
 */
public record FieldProblem(String field, String message) {

    /** A problem said by a bundle code and its arguments. */
    public static FieldProblem coded(String field, String code, Object... args) {
        return new FieldProblem(field, Message.of(code, args).stored());
    }
}
