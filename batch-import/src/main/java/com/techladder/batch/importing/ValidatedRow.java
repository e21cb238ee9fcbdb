package com.techladder.batch.importing;

import java.util.List;

/**
 * The outcome of checking one row, the item of the stage step: the row to stage (null when rejected) and its
 * rejections and warnings.
 *
 * @param copyText the staged row already encoded for PostgreSQL COPY ({@link StagingTable#copyText}), prepared off the
 *     step's thread; null when not prepared (H2, a rejected row, or a reader without a preparer)
 */
public record ValidatedRow(int line, StagedRow staged, List<ImportIssue> issues, byte[] copyText) {

    public ValidatedRow(int line, StagedRow staged, List<ImportIssue> issues) {
        this(line, staged, issues, null);
    }

    ValidatedRow withCopyText(byte[] text) {
        return new ValidatedRow(line, staged, issues, text);
    }
}
