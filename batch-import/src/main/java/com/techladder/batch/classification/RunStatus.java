package com.techladder.batch.classification;

/** State of a classification run, as the HTTP contract names it. */
public enum RunStatus {
    STARTED, COMPLETED, FAILED
}
