package com.techladder.batch.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** An opened import file positioned after its header, with the header mapped onto the kind's columns. */
final class CsvHeader {

    private CsvHeader() {
    }

    /** Reads and maps the header of {@code records}; refuses an empty file or one without a known header. */
    static HeaderMapping read(CsvRecords records, List<? extends ImportColumn> columns) throws IOException {
        CsvRecords.Record header = records.next();
        if (header == null) {
            throw new ImportFileRejectedException("import.text.emptyFile");
        }
        return HeaderMapping.of(header.cells(), columns, header.line());
    }

    /** Opens {@code file}, checks its header and that at least one data row follows. */
    static HeaderMapping inspect(Path file, DetectedEncoding encoding, List<? extends ImportColumn> columns)
            throws IOException {
        try (CsvRecords records = new CsvRecords(file, encoding)) {
            HeaderMapping mapping = read(records, columns);
            if (records.next() == null) {
                throw new ImportFileRejectedException("import.text.headerOnly");
            }
            return mapping;
        }
    }
}
