package com.techladder.batch.importing;

import com.techladder.batch.text.Message;

/**
 * One problem found in an import file: a rejected row (or one broken field of it) or a warning. {@code line} is the
 * physical line where the row starts (1 = header), so a name with line breaks does not shift later rows;
 * {@code column} is the column's CSV name (null: the whole row); {@code reason} names the broken rule as a code with
 * the values its words quote, stored as such ({@link Message#stored}) and said in the reader's language by registry-app.
 */
public record ImportIssue(int line, String column, String value, Message reason, Severity severity) {

    public enum Severity {
        /** The row is skipped. */
        REJECTED,
        /** The row (or file) is imported; the user should look at it. */
        WARNING
    }

    public static ImportIssue rejected(int line, String column, String value, Message reason) {
        return new ImportIssue(line, column, value, reason, Severity.REJECTED);
    }

    public static ImportIssue warning(int line, String column, String value, Message reason) {
        return new ImportIssue(line, column, value, reason, Severity.WARNING);
    }
}
