package com.techladder.batch.importing;

/**
 * A valid row, ready for the staging table.
 *
 * @param values staging values: CSV columns then derived columns
 * @param rowHash SHA-256 of the row's canonical JSON ({@link CanonicalRow}): an identical re-import is recognised by
 *     it and changes nothing
 */
public record StagedRow(int line, Object[] values, String rowHash) {
}
