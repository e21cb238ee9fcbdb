package com.techladder.registry.plan;

import java.util.List;

/**
 * One table of the dashboard as it is exported: a sheet name, the column headers and the rows (strings, numbers,
 * booleans, dates or null).
 */
record PlanTable(String sheetName, List<String> headers, List<List<Object>> rows) {

    PlanTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
