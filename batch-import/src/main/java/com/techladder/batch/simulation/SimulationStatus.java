package com.techladder.batch.simulation;

/** A simulation's state: running (with progress), completed (figures final) or failed (with the reason). */
public enum SimulationStatus {
    RUNNING, COMPLETED, FAILED
}
