package com.techladder.batch.importing;

import java.util.List;
/**
 * Applies every row-level rule of the contract to a row — each cell's type and range, required cells, then the kind's
 * cross-field rules — and reports every broken field, not only the first.
 */
public final class RowValidator {

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
                    parsed.reject(column, "必填项为空");
                }
                parsed.set(column.ordinal(), value);
            } catch (InvalidCellException e) {
                parsed.reject(column, e.getMessage());
            }
        }
        if (row.extraCells()) {
            parsed.reject(ImportIssue.rejected(row.line(), null, null,
                    "该行的单元格多于表头的列数（含逗号的内容需用英文双引号括起）"));
        }
        definition.checkRow(parsed, cells);
        if (parsed.rejected()) {
            return new ValidatedRow(row.line(), null, parsed.issues());
        }
        StagedRow staged = new StagedRow(row.line(), parsed.values(), canonical.hash(columns, parsed.values()));
        return new ValidatedRow(row.line(), staged, parsed.issues());
    }
}
