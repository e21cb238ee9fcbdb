package com.techladder.batch.importing;

import com.techladder.batch.text.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * A row whose cells have been parsed: typed values by column (null = missing or invalid), the raw text for messages,
 * and every issue found so far. Cross-field rules of a kind read values here and add their own rejections.
 */
public final class ParsedRow {

    private final CsvRow row;
    private final Object[] values;
    private final List<ImportIssue> issues = new ArrayList<>(0);
    private boolean rejected;

    ParsedRow(CsvRow row, int stagingWidth) {
        this.row = row;
        this.values = new Object[stagingWidth];
    }

    public int line() {
        return row.line();
    }

    /** The typed value of a CSV column, null when missing or invalid. */
    @SuppressWarnings("unchecked")
    public <T> T get(ImportColumn column) {
        return (T) values[column.ordinal()];
    }

    void set(int index, Object value) {
        values[index] = value;
    }

    /** Sets a computed staging column; {@code index} counts from the first derived column. */
    public void setDerived(List<? extends ImportColumn> columns, int index, Object value) {
        values[columns.size() + index] = value;
    }

    /** Skips the row: {@code column} breaks the rule {@code reason} names. */
    public void reject(ImportColumn column, Message reason) {
        issues.add(ImportIssue.rejected(line(), column.csvName(), raw(column), reason));
        rejected = true;
    }

    void reject(ImportIssue issue) {
        issues.add(issue);
        rejected = true;
    }

    /** Imports the row but reports {@code reason} about {@code column}. */
    public void warn(ImportColumn column, Message reason) {
        issues.add(ImportIssue.warning(line(), column.csvName(), raw(column), reason));
    }

    public String raw(ImportColumn column) {
        String raw = row.cells()[column.ordinal()];
        return raw == null ? null : raw.strip();
    }

    public boolean rejected() {
        return rejected;
    }

    Object[] values() {
        return values;
    }

    List<ImportIssue> issues() {
        return issues;
    }
}
