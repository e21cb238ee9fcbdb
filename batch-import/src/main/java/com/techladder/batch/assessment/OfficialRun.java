package com.techladder.batch.assessment;

/**
 * The official run of an assessment year: its newest completed run ({@link OfficialRuns} says why).
 *
 * @param mostlyWithoutData most of the run's enterprises had no accounting year Y−1 (the run page marks it)
 */
public record OfficialRun(long runId, int assessmentYear, boolean mostlyWithoutData) {
}
