package com.techladder.registry.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.function.Function;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes dashboard tables to an XLSX workbook, one sheet per table, row by row as the tables hand them over (a
 * streaming workbook: only the last rows of a sheet are in memory). Text is written as text cells and a value that a
 * spreadsheet would take for a formula (starting with = + - @, tab or CR) is prefixed with an apostrophe, the same
 * neutralisation as the CSV exports, so a name on a list can never run as a formula. A table's amounts in 万元 are
 * written with two decimals, and its charts drawn beside it ({@link PlanCharts}).
 */
public final class PlanWorkbook {

    private PlanWorkbook() {
    }

    /** Rows kept in memory per sheet while writing; older ones go to a temporary file (POI's streaming workbook). */
    private static final int WINDOW = 200;
    /** 万元 with two decimals, as every page writes them. */
    static final String AMOUNT_FORMAT = "#,##0.00";

    /** @param yesNo a yes/no cell in the reader's words */
    public static void write(List<PlanTable> tables, Function<Boolean, String> yesNo, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            CellStyle amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(AMOUNT_FORMAT));
            for (PlanTable table : tables) {
                Sheet sheet = workbook.createSheet(table.sheetName());
                Row headerRow = sheet.createRow(0);
                for (int i = 0; i < table.headers().size(); i++) {
                    Cell cell = headerRow.createCell(i);
                    cell.setCellValue(safeText(table.headers().get(i)));
                    cell.setCellStyle(header);
                }
                int[] next = {1};
                List<List<Object>> charted = new ArrayList<>();
                table.rows().forEach(values -> {
                    Row row = sheet.createRow(next[0]++);
                    for (int i = 0; i < values.size(); i++) {
                        Object value = values.get(i);
                        Cell cell = row.createCell(i);
                        write(cell, value instanceof Boolean flag ? yesNo.apply(flag) : value, date, dateTime);
                        if (value instanceof Number && table.amountColumns().contains(i)) {
                            cell.setCellStyle(amount);
                        }
                    }
                    if (!table.charts().isEmpty()) {
                        charted.add(values);
                    }
                });
                sheet.createFreezePane(0, 1);
                for (int i = 0; i < table.headers().size(); i++) {
                    sheet.setColumnWidth(i, 16 * 256);
                }
                PlanCharts.draw(workbook.getXSSFWorkbook().getSheet(table.sheetName()), table, charted);
            }
            workbook.write(out);
        } finally {
            workbook.close();
            // the temporary files of the rows written out
            workbook.dispose();
        }
    }

    private static void write(Cell cell, Object value, CellStyle date, CellStyle dateTime) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
        } else if (value instanceof LocalDateTime moment) {
            cell.setCellValue(moment);
            cell.setCellStyle(dateTime);
        } else {
            cell.setCellValue(safeText(value.toString()));
        }
    }

    /** A text that cannot be read as a formula by Excel, LibreOffice or WPS. */
    static String safeText(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
