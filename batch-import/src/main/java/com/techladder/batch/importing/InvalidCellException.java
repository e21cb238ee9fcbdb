package com.techladder.batch.importing;


import com.techladder.batch.text.Message;

/** A cell that breaks its column's rule; {@link #reason} is what import_issue stores (a code, said by registry-app). */
class InvalidCellException extends RuntimeException {

    private final transient Message reason;

    InvalidCellException(String code, Object... args) {
        this(Message.of(code, args));
    }

    InvalidCellException(Message reason) {
        // no stack trace: rejected cells are expected data, reported to the user, not program errors
        super(reason.toString(), null, false, false);
        this.reason = reason;
    }

    Message reason() {
        return reason;
    }
}
