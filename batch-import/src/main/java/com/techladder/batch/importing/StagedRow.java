package com.techladder.batch.importing;

/**
 * A valid row, ready for the staging table.
 *
 * @param values staging values: CSV columns then derived columns
 * @param rowHash SHA-256 of {@code rowValues}: an identical re-import is recognised by it and changes nothing
 * @param rowValues the row as imported, canonical JSON (kept in the history)
 */
public record StagedRow(int line, Object[] values, String rowHash, String rowValues) {
}
