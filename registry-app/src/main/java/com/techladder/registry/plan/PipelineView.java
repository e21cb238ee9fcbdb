package com.techladder.registry.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * The pipeline table: from the latest completed classification run, enterprises without a valid national certificate
 * on {@code asOf}, closest first.
 *
 * @param runId null when no run has completed (then the list is empty)
 * @param total the pipeline's full size; {@code entries} may be cut to a limit
 */
record PipelineView(Long runId, Integer assessmentYear, LocalDate asOf, int total, List<PipelineEntry> entries) {
}
