package com.techladder.registry.console;

import com.techladder.rules.result.Assessment;

/** An enterprise's official assessment and the run it comes from, for the console's enterprise page. */
public record LatestAssessment(long runId, Assessment assessment) {
}
