package com.techladder.registry.console;

import com.techladder.rules.model.RecordBounds;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The console's "launch a classification run" form; the messages are keys of the bundles.
 *
 * @param confirmedYear the year the user confirmed after the warning that most enterprises have no figures for it;
 *     a confirmation holds for that year only, so changing the year asks again
 */
public record LaunchForm(
        @NotNull(message = "{console.runs.year.required}")
        @Min(value = RecordBounds.FIRST_YEAR, message = "{console.runs.year.range}")
        @Max(value = RecordBounds.LAST_YEAR, message = "{console.runs.year.range}")
        Integer assessmentYear,
        Integer confirmedYear) {

    LaunchForm(int assessmentYear) {
        this(assessmentYear, null);
    }

    boolean confirmed() {
        return assessmentYear != null && assessmentYear.equals(confirmedYear);
    }
}
