package com.techladder.registry.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import com.techladder.batch.importing.CellType;
import com.techladder.batch.importing.ImportColumn;
import com.techladder.batch.importing.ImportDefinitions;
import com.techladder.batch.importing.ImportKind;

/**
 * Empty import files to fill in: the header row of a kind with the contract's Chinese headers, in the contract's
 * order, taken from batch-import's column declarations (docs/contracts/import-csv.md) so they cannot drift apart.
 */
@Component
class ImportTemplates {

    /** Codes of digits only (a USCC like 913501237551239062) that Excel would turn into a rounded number. */
    private static final List<CellType> TEXT_COLUMNS = List.of(CellType.USCC, CellType.CERTIFICATE_NO,
            CellType.DISTRICT, CellType.BATCH);
    private static final char BOM = '\uFEFF';

    private final ImportDefinitions definitions;

    ImportTemplates(ImportDefinitions definitions) {
        this.definitions = definitions;
    }

    /** The Chinese headers of a kind, in order. */
    List<String> headers(ImportKind kind) {
        return columns(kind).stream().map(column -> column.aliases().get(0)).toList();
    }

    /** UTF-8 with a BOM, so that Excel opens the Chinese headers as such. */
    byte[] csv(ImportKind kind) {
        return (BOM + String.join(",", headers(kind)) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** One sheet with the bold, frozen header row; code columns formatted as text so Excel keeps every digit. */
    byte[] xlsx(ImportKind kind) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(kind.code());
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Row row = sheet.createRow(0);
            List<? extends ImportColumn> columns = columns(kind);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(columns.get(i).aliases().get(0));
                cell.setCellStyle(header);
                sheet.setColumnWidth(i, 18 * 256);
                if (TEXT_COLUMNS.contains(columns.get(i).type())) {
                    sheet.setDefaultColumnStyle(i, text);
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private List<? extends ImportColumn> columns(ImportKind kind) {
        return definitions.of(kind).columns();
    }
}
