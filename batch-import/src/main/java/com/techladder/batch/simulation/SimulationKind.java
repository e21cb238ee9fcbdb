package com.techladder.batch.simulation;

/** What a stored simulation compares. */
public enum SimulationKind {
    /** A draft's parameters against those in force, for one assessment year. */
    SIMULATION,
    /** 预算测算: next year's subsidy cost under the parameters in force, the latest figures carried forward. */
    BUDGET_FORECAST
}
