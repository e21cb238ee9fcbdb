package com.techladder.batch.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * The item of the stage step: the checked rows of one chunk of the file, in file order. One item per chunk rather
 * than one per row because Spring Batch's per-item work (a step-scoped proxy call, metrics timers) cost a quarter of
 * the staging thread's time at 300,000 rows; the chunk boundaries, and so restarts, stay where they were.
 *
 * @param copyText the staged rows already encoded for PostgreSQL COPY ({@link StagingTable#copyText}), prepared
 *     off the step's thread; null when not prepared (H2, or a reader without a preparer)
 */
public record RowBatch(List<ValidatedRow> rows, byte[] copyText) {

    public RowBatch(List<ValidatedRow> rows) {
        this(rows, null);
    }

    /** The rows to stage: those not rejected. */
    public List<StagedRow> staged() {
        List<StagedRow> staged = new ArrayList<>(rows.size());
        for (ValidatedRow row : rows) {
            if (row.staged() != null) {
                staged.add(row.staged());
            }
        }
        return staged;
    }

    RowBatch withCopyText(byte[] text) {
        return new RowBatch(rows, text);
    }
}
