package com.techladder.registry.plan;

/** The classification run the pipeline is read from: the newest completed run of the newest assessment year. */
record LatestRun(long runId, int assessmentYear) {
}
