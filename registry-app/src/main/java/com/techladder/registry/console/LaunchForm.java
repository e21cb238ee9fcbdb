package com.techladder.registry.console;

import com.techladder.rules.model.RecordBounds;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The console's "launch a classification run" form; the messages are keys of the bundles. */
public record LaunchForm(
        @NotNull(message = "{console.runs.year.required}")
        @Min(value = RecordBounds.FIRST_YEAR, message = "{console.runs.year.range}")
        @Max(value = RecordBounds.LAST_YEAR, message = "{console.runs.year.range}")
        Integer assessmentYear) {
}
