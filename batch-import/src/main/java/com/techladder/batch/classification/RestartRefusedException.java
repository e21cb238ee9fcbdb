package com.techladder.batch.classification;

/**
 * A restart that would make a run evaluate two states of the registry: imports changed it since the run was launched.
 * The HTTP layer answers 409 with the reason; a new run evaluates the registry as it is now.
 */
public class RestartRefusedException extends RuntimeException {

    RestartRefusedException(String reason) {
        super(reason);
    }
}
