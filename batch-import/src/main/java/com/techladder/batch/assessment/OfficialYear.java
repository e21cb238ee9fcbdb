package com.techladder.batch.assessment;

import java.util.List;

/**
 * What a page with a year chooser shows: the year, the choices (every year with a completed run, and the shown year),
 * and the year's official run, null when it has none.
 */
public record OfficialYear(int year, List<Integer> years, OfficialRun run) {
}
