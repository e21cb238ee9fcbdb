package com.techladder.batch.classification;

/**
 * What launched a classification run: the nightly schedule or a staff member. A replay creates no run: it re-evaluates
 * a run's stored records and reports (see the audit log), so corrections are always new NIGHTLY or MANUAL runs.
 */
public enum RunTrigger {
    NIGHTLY, MANUAL
}
