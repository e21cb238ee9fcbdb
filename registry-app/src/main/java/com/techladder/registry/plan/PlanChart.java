package com.techladder.registry.plan;

import java.util.List;

/**
 * A native column chart of some rows of an exported table, drawn beside it in the same sheet: one category per row
 * (the text of {@code categoryColumn}), one series per column of {@code seriesColumns} named by its header, the
 * series' columns side by side. The chart
 * refers to the cells, so it follows the figures if a reader corrects one.
 *
 * @param firstRow first data row charted, from 0 (the header is not counted)
 * @param lastRow  last data row charted, inclusive
 */
public record PlanChart(String title, int firstRow, int lastRow, int categoryColumn, List<Integer> seriesColumns) {

    public PlanChart {
        seriesColumns = List.copyOf(seriesColumns);
        if (lastRow < firstRow) {
            throw new IllegalArgumentException("chart " + title + ": rows " + firstRow + "–" + lastRow);
        }
    }
}
