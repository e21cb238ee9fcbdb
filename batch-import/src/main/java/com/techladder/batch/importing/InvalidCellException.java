package com.techladder.batch.importing;

/** A cell that breaks its column's rule; the message is the zh-CN reason stored in import_issue. */
class InvalidCellException extends RuntimeException {

    InvalidCellException(String reason) {
        // no stack trace: rejected cells are expected data, reported to the user, not program errors
        super(reason, null, false, false);
    }
}
