package com.techladder.batch.importing;

import com.techladder.batch.text.Message;
import java.util.List;

/**
 * Applies every row-level rule of the contract to a row — each cell's type and range, required cells, then the kind's
 * cross-field rules — and reports every broken field, not only the first.
 */
public final class RowValidator {

    static final Message REQUIRED = Message.of("import.text.required");
    /** A row with more cells than the header has columns (an unquoted comma, most often). */
    static final Message TOO_MANY_CELLS = Message.of("import.text.tooManyCells");

    private final ImportDefinition definition;
    private final CellParser cells;
    private final CanonicalRow canonical = new CanonicalRow();

    public RowValidator(ImportDefinition definition, CellParser cells) {
        this.definition = definition;
        this.cells = cells;
    }

    public ValidatedRow validate(CsvRow row) {
        List<? extends ImportColumn> columns = definition.columns();
        ParsedRow parsed = new ParsedRow(row, columns.size() + definition.derivedColumns().size());
        for (ImportColumn column : columns) {
            try {
                Object value = cells.parse(column.type(), row.cells()[column.ordinal()]);
                if (value == null && column.required()) {
                    parsed.reject(column, REQUIRED);
                }
                parsed.set(column.ordinal(), value);
            } catch (InvalidCellException e) {
                parsed.reject(column, e.reason());
            }
        }
        if (row.extraCells()) {
            parsed.reject(ImportIssue.rejected(row.line(), null, null, TOO_MANY_CELLS));
        }
        definition.checkRow(parsed, cells);
        if (parsed.rejected()) {
            return new ValidatedRow(row.line(), null, parsed.issues());
        }
        StagedRow staged = new StagedRow(row.line(), parsed.values(), canonical.hash(columns, parsed.values()));
        return new ValidatedRow(row.line(), staged, parsed.issues());
    }
}
