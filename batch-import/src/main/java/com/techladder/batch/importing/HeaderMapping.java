package com.techladder.batch.importing;

import com.techladder.batch.text.Message;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each contract column sits in a file's header: English or Chinese names, matched case-insensitively after
 * trimming, in any order. Unknown headers become warnings; a missing required column or a header with no known
 * column refuses the file.
 */
public final class HeaderMapping {

    private final int[] cellIndexByColumn;
    private final int headerWidth;
    private final List<ImportIssue> warnings;

    private HeaderMapping(int[] cellIndexByColumn, int headerWidth, List<ImportIssue> warnings) {
        this.cellIndexByColumn = cellIndexByColumn;
        this.headerWidth = headerWidth;
        this.warnings = warnings;
    }

    /** Maps {@code header} (found on physical line {@code headerLine}) onto {@code columns}. */
    public static HeaderMapping of(String[] header, List<? extends ImportColumn> columns, int headerLine) {
        Map<String, Integer> columnByName = new HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            columnByName.put(normalise(columns.get(c).csvName()), c);
            for (String alias : columns.get(c).aliases()) {
                columnByName.put(normalise(alias), c);
            }
        }
        int[] cellIndex = new int[columns.size()];
        Arrays.fill(cellIndex, -1);
        List<ImportIssue> warnings = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            String name = normalise(header[i]);
            if (name.isEmpty()) {
                continue; // trailing commas Excel leaves after the last column
            }
            Integer column = columnByName.get(name);
            if (column == null) {
                warnings.add(ImportIssue.warning(headerLine, header[i].strip(), null,
                        Message.of("import.text.unknownColumn")));
            } else if (cellIndex[column] >= 0) {
                throw new ImportFileRejectedException("import.text.repeatedColumn", columns.get(column).label(),
                        cellIndex[column] + 1, i + 1);
            } else {
                cellIndex[column] = i;
            }
        }
        if (Arrays.stream(cellIndex).allMatch(i -> i < 0)) {
            throw new ImportFileRejectedException("import.file.noHeader", headerLine);
        }
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).required() && cellIndex[c] < 0) {
                missing.add(columns.get(c).label());
            }
        }
        if (!missing.isEmpty()) {
            throw new ImportFileRejectedException("import.text.missingColumns", String.join(", ", missing));
        }
        return new HeaderMapping(cellIndex, header.length, List.copyOf(warnings));
    }

    /** Trimmed, lower-cased; full-width brackets and Roman numerals as their ASCII forms; BOM dropped. */
    static String normalise(String header) {
        if (header == null) {
            return "";
        }
        return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)
                .replace('（', '(').replace('）', ')')
                .replace("Ⅰ", "i").replace("Ⅱ", "ii");
    }

    /** The record's cells in column order (null where the file has no such column). */
    CsvRow row(CsvRecords.Record record) {
        String[] cells = record.cells();
        String[] byColumn = new String[cellIndexByColumn.length];
        for (int c = 0; c < byColumn.length; c++) {
            int i = cellIndexByColumn[c];
            byColumn[c] = i >= 0 && i < cells.length ? cells[i] : null;
        }
        boolean extra = false;
        for (int i = headerWidth; i < cells.length && !extra; i++) {
            extra = !cells[i].isBlank();
        }
        return new CsvRow(record.line(), byColumn, extra);
    }

    public List<ImportIssue> warnings() {
        return warnings;
    }
}
