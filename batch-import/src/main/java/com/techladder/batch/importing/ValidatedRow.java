package com.techladder.batch.importing;

import java.util.List;

/** The outcome of checking one row: the row to stage (null when rejected) and its rejections and warnings. */
public record ValidatedRow(int line, StagedRow staged, List<ImportIssue> issues) {
}
