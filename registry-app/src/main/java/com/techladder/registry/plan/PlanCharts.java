package com.techladder.registry.plan;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Draws a table's {@link PlanChart}s as native XLSX charts (POI's XDDF), one under the other to the right of the
 * table. Each series refers to its cells and carries their values too (the streaming workbook has already written the
 * rows out, and a reader that does not recalculate shows the carried values).
 */
final class PlanCharts {

    /** Size of one chart in cells, and the rows between two. */
    static final int WIDTH = 9;
    static final int HEIGHT = 18;
    static final int GAP = 2;

    private PlanCharts() {
    }

    static void draw(XSSFSheet sheet, PlanTable table, List<List<Object>> rows) {
        if (table.charts().isEmpty()) {
            return;
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int left = table.headers().size() + 1;
        for (int i = 0; i < table.charts().size(); i++) {
            int top = i * (HEIGHT + GAP) + 1;
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, left, top, left + WIDTH, top + HEIGHT);
            plot(drawing.createChart(anchor), sheet.getSheetName(), table, table.charts().get(i), rows);
        }
    }

    private static void plot(XSSFChart chart, String sheetName, PlanTable table, PlanChart spec,
            List<List<Object>> rows) {
        chart.setTitleText(PlanWorkbook.safeText(spec.title()));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        if (spec.seriesColumns().stream().anyMatch(table.amountColumns()::contains)) {
            values.setNumberFormat(PlanWorkbook.AMOUNT_FORMAT);
        }
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        // clustered, not stacked: a stacked chart needs an overlap, which POI's lite schemas cannot write
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        List<List<Object>> charted = rows.subList(spec.firstRow(), spec.lastRow() + 1);
        String[] labels = charted.stream().map(r -> PlanWorkbook.safeText(String.valueOf(r.get(spec.categoryColumn()))))
                .toArray(String[]::new);
        XDDFDataSource<String> labelCells = XDDFDataSourcesFactory.fromArray(labels,
                range(sheetName, spec, spec.categoryColumn()), spec.categoryColumn());
        for (int column : spec.seriesColumns()) {
            Double[] figures = charted.stream().map(r -> r.get(column) instanceof Number n ? n.doubleValue() : null)
                    .toArray(Double[]::new);
            XDDFNumericalDataSource<Double> cells = XDDFDataSourcesFactory.fromArray(figures,
                    range(sheetName, spec, column), column);
            XDDFChartData.Series series = data.addSeries(labelCells, cells);
            series.setTitle(PlanWorkbook.safeText(table.headers().get(column)),
                    new CellReference(sheetName, 0, column, true, true));
        }
        chart.plot(data);
    }

    /** The cells of one column over the chart's rows, as a chart formula names them ('补助成本'!$C$2:$C$5). */
    private static String range(String sheetName, PlanChart spec, int column) {
        return new CellRangeAddress(spec.firstRow() + 1, spec.lastRow() + 1, column, column)
                .formatAsString(sheetName, true);
    }
}
