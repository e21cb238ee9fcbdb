package com.techladder.batch.classification;

/**
 * Published once a classification run is marked COMPLETED, on the instance that ran it: figures of its assessment year
 * (the official run may now be this one) can be prepared at once instead of on their next reader's request.
 */
public record RunCompleted(long runId) {
}
