package com.techladder.registry.plan;

import java.util.List;
import java.util.function.Consumer;

/**
 * One table of the dashboard as it is exported: a sheet name, the column headers and the rows (strings, numbers,
 * booleans, dates or null). The rows are handed over one at a time, so a table as long as the whole pipeline is
 * written without ever being held in memory.
 */
public record PlanTable(String sheetName, List<String> headers, Rows rows) {

    /** The rows of a table, in order, each passed to the consumer as soon as it is read. */
    @FunctionalInterface
    public interface Rows {
        void forEach(Consumer<List<Object>> row);
    }

    public PlanTable {
        headers = List.copyOf(headers);
    }

    /** A table whose rows are already at hand. */
    public static PlanTable of(String sheetName, List<String> headers, List<List<Object>> rows) {
        List<List<Object>> copy = List.copyOf(rows);
        return new PlanTable(sheetName, headers, copy::forEach);
    }
}
