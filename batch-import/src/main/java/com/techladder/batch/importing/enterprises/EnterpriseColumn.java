package com.techladder.batch.importing.enterprises;

import com.techladder.batch.importing.CellType;
import com.techladder.batch.importing.ImportColumn;
import com.techladder.rules.record.RecordColumn;
import com.techladder.rules.record.ValueType;
import java.util.List;

/**
 * A column of the enterprises file as the import reads it, derived from the record contract ({@link RecordColumn},
 * docs/contracts/import-csv.md, enterprises): CSV name, 中文表头 and other accepted headers, required, cell type, hash
 * version. In the contract's order, which is the staging table's: the key and the enterprise-level columns, then the
 * per-year columns of accounting_year.
 */
public final class EnterpriseColumn implements ImportColumn {

    private static final List<EnterpriseColumn> ALL = RecordColumn.all().stream().map(EnterpriseColumn::new).toList();

    /** Columns of the enterprise table, taken from the newest fiscal year imported. */
    static final List<EnterpriseColumn> ENTERPRISE_LEVEL =
            RecordColumn.enterpriseLevel().stream().map(EnterpriseColumn::of).toList();

    private final RecordColumn column;
    private final Spec spec;

    private EnterpriseColumn(RecordColumn column) {
        this.column = column;
        this.spec = new Spec(column.csvName(), column.required(), cellType(column.type()), column.headers());
    }

    /** Every column of the file, in the contract's order. */
    public static List<EnterpriseColumn> all() {
        return ALL;
    }

    public static EnterpriseColumn of(RecordColumn column) {
        return ALL.get(column.ordinal());
    }

    /** The per-year columns: every column of accounting_year besides its key. */
    static List<EnterpriseColumn> perYear() {
        return RecordColumn.perYear().stream().map(EnterpriseColumn::of).toList();
    }

    public RecordColumn column() {
        return column;
    }

    @Override
    public Spec spec() {
        return spec;
    }

    @Override
    public int ordinal() {
        return column.ordinal();
    }

    @Override
    public int hashVersion() {
        return column.hashVersion();
    }

    @Override
    public String toString() {
        return column.csvName();
    }

    /** How the import reads a value of the contract's type (CellParser). */
    static CellType cellType(ValueType type) {
        return switch (type) {
            case USCC -> CellType.USCC;
            case NAME -> CellType.NAME;
            case DISTRICT -> CellType.DISTRICT;
            case BOOLEAN -> CellType.BOOLEAN;
            case DATE -> CellType.DATE;
            case FISCAL_YEAR -> CellType.FISCAL_YEAR;
            case COUNT -> CellType.COUNT;
            case AMOUNT -> CellType.AMOUNT;
            case SIGNED_AMOUNT -> CellType.SIGNED_AMOUNT;
            case TECH_FIELD -> CellType.TECH_FIELD;
            case SCORE -> CellType.SCORE;
        };
    }
}
