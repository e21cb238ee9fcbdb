package com.techladder.batch.text;

/**
 * A refusal a reader is told about (a file refused, a run already in progress): it carries a {@link Message}, which
 * registry-app says in the reader's language; the exception's own message is the code and arguments, for logs.
 */
public abstract class MessageException extends RuntimeException {

    private final transient Message text;

    protected MessageException(Message text, Throwable cause) {
        super(text.toString(), cause);
        this.text = text;
    }

    /** What the reader is told, as a code and its arguments. */
    public Message text() {
        return text;
    }
}
