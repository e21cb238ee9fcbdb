package com.techladder.batch.importing;

/**
 * A data row of an import file, its cells already put in the order of the kind's columns (null = column absent).
 *
 * @param line physical line the row starts on (1 = header)
 * @param extraCells non-blank cells beyond the header's width
 */
public record CsvRow(int line, String[] cells, boolean extraCells) {
}
