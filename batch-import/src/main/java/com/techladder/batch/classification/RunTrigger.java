package com.techladder.batch.classification;

/** What launched a classification run: the nightly schedule, a staff member, or a replay of an older run. */
public enum RunTrigger {
    NIGHTLY, MANUAL, REPLAY
}
