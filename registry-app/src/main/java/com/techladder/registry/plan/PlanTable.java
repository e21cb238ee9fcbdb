package com.techladder.registry.plan;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One table of the dashboard as it is exported: a sheet name, the column headers and the rows (strings, numbers,
 * booleans, dates or null). The rows are handed over one at a time, so a table as long as the whole pipeline is
 * written without ever being held in memory. A table may name its columns of amounts in 万元 (written with two
 * decimals) and carry charts of its rows (a table with charts is held while written: keep those tables short).
 */
public record PlanTable(String sheetName, List<String> headers, Rows rows, Set<Integer> amountColumns,
        List<PlanChart> charts) {

    /** The rows of a table, in order, each passed to the consumer as soon as it is read. */
    @FunctionalInterface
    public interface Rows {
        void forEach(Consumer<List<Object>> row);
    }

    public PlanTable {
        headers = List.copyOf(headers);
        amountColumns = Set.copyOf(amountColumns);
        charts = List.copyOf(charts);
    }

    public PlanTable(String sheetName, List<String> headers, Rows rows) {
        this(sheetName, headers, rows, Set.of(), List.of());
    }

    /** The same table, the columns at {@code columns} (from 0) written as 万元 with two decimals. */
    public PlanTable withAmounts(Integer... columns) {
        return new PlanTable(sheetName, headers, rows, Set.of(columns), charts);
    }

    /** The same table with these charts beside it. */
    public PlanTable withCharts(List<PlanChart> tableCharts) {
        return new PlanTable(sheetName, headers, rows, amountColumns, tableCharts);
    }

    /** A table whose rows are already at hand. */
    public static PlanTable of(String sheetName, List<String> headers, List<List<Object>> rows) {
        List<List<Object>> copy = List.copyOf(rows);
        return new PlanTable(sheetName, headers, copy::forEach);
    }
}
