package com.techladder.registry.assessment;

import com.techladder.batch.assessment.Assessments;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The results of a run ({@link Assessments#forEachResult}) as the contract's CSV (UTF-8 with BOM, so that Excel shows Chinese) or as XLSX, both streamed a
 * page at a time: a run of a million enterprises never sits in memory. Text cells that a spreadsheet would read as a
 * formula are neutralised. The XLSX is, by default, the form staff hand on: the same columns in the same order under
 * headers in words, districts, tiers and outcomes by name, amounts with two decimals (docs/contracts/http-api.md);
 * the contract's codes are the CSV, and the XLSX with {@code columns=contract}.
 */
@Component
class ResultsExport {

    /** The contract's columns, in order, then our extensions ({@link Assessments#RESULT_COLUMNS}). */
    static final List<String> COLUMNS = Assessments.RESULT_COLUMNS;
    private static final char BOM = '\uFEFF';
    /** Rows of the XLSX kept in memory; older rows are flushed to a temporary file. */
    private static final int XLSX_WINDOW = 200;
    /** Rows a sheet can hold (Excel's limit): a larger run continues on the next sheet. */
    private static final int XLSX_MAX_ROWS = 1_048_576;

    private final Assessments assessments;
    private final MessageSource messages;

    ResultsExport(Assessments assessments, MessageSource messages) {
        this.assessments = assessments;
        this.messages = messages;
    }

    void csv(long runId, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write(BOM);
        writer.write(String.join(",", COLUMNS));
        writer.write("\r\n");
        assessments.forEachResult(runId, values -> {
            try {
                for (int c = 0; c < values.length; c++) {
                    if (c > 0) {
                        writer.write(',');
                    }
                    writer.write(csvCell(values[c]));
                }
                writer.write("\r\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.flush();
    }

    /** The contract's columns and codes, as the CSV. */
    void xlsx(long runId, OutputStream out) throws IOException {
        xlsx(runId, out, COLUMNS, "results", (c, value) -> value, null);
    }

    /** The form staff hand on: headers in words, names instead of codes, in {@code words}' language. */
    void readableXlsx(long runId, OutputStream out, Locale locale) throws IOException {
        ResultWords words = new ResultWords(messages, locale);
        xlsx(runId, out, COLUMNS.stream().map(words::header).toList(), words.sheetName(), words::value,
                ResultWords.AMOUNTS);
    }

    /**
     * @param cell what a cell shows of a column's value
     * @param amounts the columns written as amounts with two decimals (null: none)
     */
    private void xlsx(long runId, OutputStream out, List<String> headers, String sheetName,
            BiFunction<Integer, Object, Object> cell, List<String> amounts) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW)) {
            CellStyle amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            SXSSFSheet[] sheet = {newSheet(workbook, headers, sheetName)};
            int[] rowIndex = {1};
            assessments.forEachResult(runId, values -> {
                if (rowIndex[0] == XLSX_MAX_ROWS) {
                    sheet[0] = newSheet(workbook, headers, sheetName);
                    rowIndex[0] = 1;
                }
                Row row = sheet[0].createRow(rowIndex[0]++);
                for (int c = 0; c < values.length; c++) {
                    Object value = cell.apply(c, values[c]);
                    if (value instanceof Number number) {
                        Cell written = row.createCell(c);
                        written.setCellValue(number.doubleValue());
                        if (amounts != null && amounts.contains(COLUMNS.get(c))) {
                            written.setCellStyle(amount);
                        }
                    } else if (value != null) {
                        row.createCell(c).setCellValue(neutralise(value.toString()));
                    }
                }
            });
            workbook.write(out);
        }
    }

    /** A sheet named results, results-2, … with the header row. */
    private static SXSSFSheet newSheet(SXSSFWorkbook workbook, List<String> headers, String name) {
        int n = workbook.getNumberOfSheets();
        SXSSFSheet sheet = workbook.createSheet(n == 0 ? name : name + "-" + (n + 1));
        Row header = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            header.createCell(c).setCellValue(headers.get(c));
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /** RFC 4180 cell, neutralised first (a quote or comma in a name still quotes it). */
    static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal amount ? amount.toPlainString() : value.toString();
        if (!(value instanceof Number)) {
            text = neutralise(text);
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /**
     * A text starting with = + - @ (or a tab or carriage return, which some spreadsheets skip before reading a formula)
     * gets a leading apostrophe, so that it is shown as text and never evaluated (OWASP CSV injection).
     */
    static String neutralise(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
