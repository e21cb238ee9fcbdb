package com.techladder.batch.classification;

import com.techladder.batch.text.Message;
import com.techladder.batch.text.MessageException;

/** A classification run was asked for while another holds the lock; the HTTP layer answers 409. */
public class RunInProgressException extends MessageException {

    private final Long runningRunId;

    public RunInProgressException(Long runningRunId) {
        super(runningRunId == null ? Message.of("run.text.anotherInProgress")
                : Message.of("run.text.inProgress", runningRunId), null);
        this.runningRunId = runningRunId;
    }

    /** The run in progress, when known. */
    public Long runningRunId() {
        return runningRunId;
    }
}
