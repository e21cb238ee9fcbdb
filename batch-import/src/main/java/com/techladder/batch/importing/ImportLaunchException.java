package com.techladder.batch.importing;

import com.techladder.batch.text.Message;

/**
 * An import that was recorded but whose job could not be started (the database refused, repeatedly): the import is
 * FAILED with {@link #MESSAGE}, its upload removed. The cause goes to the log, never to the user.
 */
public class ImportLaunchException extends RuntimeException {

    /** What the import's record and the user are told (the cause is only logged). */
    public static final Message MESSAGE = Message.of("import.text.notStarted");

    private final long importId;

    ImportLaunchException(long importId, Throwable cause) {
        super(MESSAGE.toString(), cause);
        this.importId = importId;
    }

    public long importId() {
        return importId;
    }
}
