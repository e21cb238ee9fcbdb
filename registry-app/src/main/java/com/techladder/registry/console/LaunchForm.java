package com.techladder.registry.console;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The console's "launch a classification run" form; the messages are keys of the bundles. */
public record LaunchForm(
        @NotNull(message = "{console.runs.year.required}")
        @Min(value = 2000, message = "{console.runs.year.range}")
        @Max(value = 2100, message = "{console.runs.year.range}")
        Integer assessmentYear) {
}
