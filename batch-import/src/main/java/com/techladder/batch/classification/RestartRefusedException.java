package com.techladder.batch.classification;

import com.techladder.batch.text.Message;
import com.techladder.batch.text.MessageException;

/**
 * A restart that would make a run evaluate two states of the registry: imports changed it since the run was launched.
 * The HTTP layer answers 409 with the reason; a new run evaluates the registry as it is now.
 */
public class RestartRefusedException extends MessageException {

    RestartRefusedException(Message reason) {
        super(reason, null);
    }
}
